codelist-staatsangehoerigkeit-000 = German

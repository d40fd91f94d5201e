codelist-staatsangehoerigkeit-000 = deutsch
codelist-staatsangehoerigkeit-163 = türkisch

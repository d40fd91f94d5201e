//! Where things are in a text file, for `path:line:` findings: the line of a JSON pointer in
//! JSON text, and the line of a byte offset.
//!
//! serde_json keeps no positions in a `Value`, so [`line_of`] re-reads the text with a small
//! scanner that follows the pointer and skips everything else. It is lenient: on text that is
//! not JSON it answers `None` rather than failing, and the caller reports without a line.

use pforte_engine::pointer;

/// The 1-based line of the value `pointer` names in `json`: the line of the member's key
/// inside an object, of the element inside an array, of the root value for `""`. `None` if the
/// pointer does not resolve (or the text is not JSON).
pub fn line_of(json: &str, pointer: &str) -> Option<usize> {
    let tokens = pointer::tokens(pointer)?;
    let mut scanner = Scanner { text: json, pos: 0 };
    scanner.whitespace();
    let offset = scanner.find(&tokens)?;
    Some(line_at(json, offset))
}

/// The line of `pointer`, or of its nearest ancestor that resolves: a finding about a member
/// that is absent (`required`) still lands on its object.
pub fn nearest_line(json: &str, pointer: &str) -> Option<usize> {
    let mut pointer = pointer;
    loop {
        if let Some(line) = line_of(json, pointer) {
            return Some(line);
        }
        pointer = &pointer[..pointer.rfind('/')?];
    }
}

/// The 1-based line of byte `offset` in `text` (offsets past the end count as the last line).
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// At the start of a value: the offset of what `path` (relative to this value) names.
    fn find(&mut self, path: &[String]) -> Option<usize> {
        let Some((first, rest)) = path.split_first() else {
            return Some(self.pos);
        };
        match self.peek()? {
            b'{' => {
                self.pos += 1;
                loop {
                    self.whitespace();
                    match self.peek()? {
                        b'}' => return None,
                        b',' => {
                            self.pos += 1;
                            continue;
                        }
                        _ => {}
                    }
                    let key_at = self.pos;
                    let key = self.string()?;
                    self.whitespace();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    self.whitespace();
                    if key == *first {
                        return if rest.is_empty() {
                            Some(key_at)
                        } else {
                            self.find(rest)
                        };
                    }
                    self.skip_value()?;
                }
            }
            b'[' => {
                let wanted: usize = first.parse().ok()?;
                self.pos += 1;
                let mut index = 0;
                loop {
                    self.whitespace();
                    match self.peek()? {
                        b']' => return None,
                        b',' => {
                            self.pos += 1;
                            continue;
                        }
                        _ => {}
                    }
                    if index == wanted {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    index += 1;
                }
            }
            _ => None,
        }
    }

    /// Read a string literal and decode it (escapes only when there are any).
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        if self.peek()? != b'"' {
            return None;
        }
        self.pos += 1;
        let mut escaped = false;
        loop {
            match self.peek()? {
                b'\\' => {
                    escaped = true;
                    self.pos += 2;
                }
                b'"' => {
                    self.pos += 1;
                    break;
                }
                _ => self.pos += 1,
            }
        }
        let literal = self.text.get(start..self.pos)?;
        if escaped {
            serde_json::from_str(literal).ok()
        } else {
            Some(literal[1..literal.len() - 1].to_string())
        }
    }

    /// Skip one value of any kind.
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek()?,
                    b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'
                ) {
                    self.pos += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{
  "id": "x",
  "steps": [
    { "id": "a", "items": [] },
    {
      "id": "b",
      "items": [{"field": "/p/q"}, {"info": "i"}]
    }
  ],
  "odd key/~\u0041": {"n": [1, 2.5e3, true, null, "]}"]},
  "last": 1
}"#;

    fn check(pointer: &str, expected: Option<usize>) {
        assert_eq!(line_of(DOC, pointer), expected, "{pointer}");
    }

    #[test]
    fn root_is_the_first_line() {
        check("", Some(1));
    }

    #[test]
    fn object_member_is_the_line_of_its_key() {
        check("/id", Some(2));
        check("/steps", Some(3));
        check("/last", Some(11));
    }

    #[test]
    fn array_element_is_the_line_where_it_starts() {
        check("/steps/0", Some(4));
        check("/steps/1", Some(5));
        check("/steps/1/items/1/info", Some(7));
    }

    #[test]
    fn escaped_keys_are_decoded() {
        check("/odd key~1~0A/n/4", Some(10));
    }

    #[test]
    fn skips_strings_with_brackets_and_scalars() {
        check("/last", Some(11));
    }

    #[test]
    fn missing_members_and_indices_are_none() {
        check("/nope", None);
        check("/steps/2", None);
        check("/steps/x", None);
        check("/id/0", None);
        check("no-slash", None);
    }

    #[test]
    fn nearest_line_falls_back_to_the_ancestor() {
        assert_eq!(nearest_line(DOC, "/steps/1/items/0/missing"), Some(7));
        assert_eq!(nearest_line(DOC, "/nope/deeper"), Some(1));
    }

    #[test]
    fn not_json_is_none() {
        assert_eq!(line_of("{\"a\": [1, ", "/a/3"), None);
        assert_eq!(line_of("", ""), Some(1));
        assert_eq!(line_of("", "/a"), None);
    }

    #[test]
    fn line_at_counts_newlines() {
        assert_eq!(line_at("a\nb\nc", 0), 1);
        assert_eq!(line_at("a\nb\nc", 2), 2);
        assert_eq!(line_at("a\nb\nc", 99), 3);
    }
}

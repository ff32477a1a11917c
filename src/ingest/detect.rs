//! Sniffing inputs: refuse binary and empty files, decode text, and tell text, HTML and feeds apart.

use std::path::Path;

/// The kind of input a reader handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Decide from the content (and the file name as a tie-breaker).
    Auto,
    /// Scraped plain text: title line, then one paragraph per line.
    Text,
    /// An HTML page.
    Html,
    /// An RSS, Atom or JSON feed.
    Feed,
}

/// Known binary signatures, so the error can say what the file is.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7FELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xFD7zXZ", "an xz archive"),
];

/// Turns an input's bytes into text, or says clearly why it is not usable.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes are decoded
/// as Windows-1252 only when that is evidently the encoding (mostly ASCII, the high bytes all
/// defined in Windows-1252, no control characters).
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file: nothing to ingest".into());
    }
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(format!("binary file ({what}), not text, HTML or a feed"));
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("invalid {} text", enc.name()));
        }
        return Ok(text.into_owned());
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if head.contains(&0) || controls * 100 > head.len() {
        return Err("binary file (contains NUL or control bytes), not text".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(e) => {
            // An HTML page in GBK, Shift_JIS, KOI8-R, … says so in a meta tag.
            if let Some(enc) = declared_charset(bytes) {
                let (text, _, had_errors) = enc.decode(bytes);
                if !had_errors {
                    return Ok(text.into_owned());
                }
            }
            if looks_like_windows_1252(bytes) {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                return Ok(text.into_owned());
            }
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let col = at
                - bytes[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1)
                + 1;
            Err(format!(
                "line {line}, column {col}: not UTF-8 (byte 0x{:02X}) and not clearly Windows-1252: save the file as UTF-8",
                bytes[at]
            ))
        }
    }
}

/// The encoding an HTML page declares in its first 2 KB (`<meta charset=…>` or the
/// `http-equiv` form), when it is one encoding_rs knows and not UTF-8.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\'', ' '])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes()).filter(|e| *e != encoding_rs::UTF_8)
}

/// Windows-1252 is "clearly" the encoding when the text is mostly ASCII, every high byte is a
/// character Windows-1252 defines, and high bytes stand alone (UTF-8 would put them in runs).
fn looks_like_windows_1252(bytes: &[u8]) -> bool {
    const UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
    let high: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b >= 0x80)
        .map(|(i, _)| i)
        .collect();
    if high.is_empty() || high.len() * 5 > bytes.len() {
        return false;
    }
    if high.iter().any(|&i| UNDEFINED.contains(&bytes[i])) {
        return false;
    }
    let runs = high.windows(2).filter(|w| w[1] == w[0] + 1).count();
    runs * 4 <= high.len()
}

/// Decides the format of decoded text; `name` (a file name or URL) breaks ties.
pub fn sniff(text: &str, name: &str) -> Format {
    let head: String = text
        .trim_start()
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<?xml") || head.starts_with("<rss") || head.starts_with("<feed") {
        if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") {
            return Format::Feed;
        }
        if head.contains("<html") {
            return Format::Html;
        }
    }
    if head.starts_with('{') && head.contains("jsonfeed.org") {
        return Format::Feed;
    }
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<body")
        || head.starts_with("<!--") && head.contains("<html")
    {
        return Format::Html;
    }
    let ext = Path::new(name.split(['?', '#']).next().unwrap_or(name))
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" | "xhtml" if head.starts_with('<') => return Format::Html,
        "xml" | "rss" | "atom" if head.starts_with('<') => return Format::Feed,
        _ => {}
    }
    // Text that is mostly markup is an HTML fragment (a saved article body).
    let tags = [
        "<p>", "<p ", "<div", "<article", "<br", "<h1", "<h2", "</p>",
    ]
    .iter()
    .filter(|t| head.contains(*t))
    .count();
    if head.starts_with('<') && tags >= 2 {
        return Format::Html;
    }
    Format::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_legacy_encodings_decode() {
        let (gbk, _, _) = encoding_rs::GBK.encode(
            "<html><head><meta charset=\"gbk\"></head><body><p>只能想念你</p></body></html>",
        );
        assert!(decode(&gbk).unwrap().contains("只能想念你"));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>日本語の記事です</p>");
        assert!(decode(&sjis).unwrap().contains("日本語の記事です"));
        let (koi, _, _) = encoding_rs::KOI8_R.encode("<meta charset='koi8-r'><p>Москва</p>");
        assert!(decode(&koi).unwrap().contains("Москва"));
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b" \n\t\n").unwrap_err().contains("empty"));
        assert!(decode(b"%PDF-1.7 ...").unwrap_err().contains("PDF"));
        assert!(decode(b"abc\0def").unwrap_err().contains("binary"));
    }

    #[test]
    fn decodes_utf8_utf16_and_clear_windows_1252() {
        assert_eq!(decode("\u{feff}Héllo".as_bytes()).unwrap(), "Héllo");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi “x”".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "Hi “x”");
        // “China’s” in Windows-1252.
        let cp = b"Title\nChina\x92s \x93core interest\x94 \x96 said.\n";
        assert_eq!(
            decode(cp).unwrap(),
            "Title\nChina’s “core interest” – said.\n"
        );
        // Runs of high bytes that are not UTF-8 are not clearly Windows-1252.
        let e = decode(b"Title\nabc \xC3\x28\xA0\xA1\xFE\xFF def\n").unwrap_err();
        assert!(e.starts_with("line 2, column 5: not UTF-8"), "{e}");
    }

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff("<!DOCTYPE html><html>", "a.txt"), Format::Html);
        assert_eq!(
            sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x"),
            Format::Feed
        );
        assert_eq!(
            sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x"),
            Format::Feed
        );
        assert_eq!(sniff("Title\n[ad_1]\nBody.", "a.html"), Format::Text);
        assert_eq!(sniff("<div><p>Hi</p></div>", "a"), Format::Html);
        assert_eq!(
            sniff("{\"version\": \"https://jsonfeed.org/version/1.1\"}", "f"),
            Format::Feed
        );
    }
}

//! An image file's type from its first bytes, never from its name or a server's word.

/// An image format newsdesk accepts for a lead image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// JPEG.
    Jpeg,
    /// PNG.
    Png,
    /// GIF.
    Gif,
    /// WebP.
    Webp,
    /// AVIF.
    Avif,
}

impl Kind {
    /// The file extension written for this type.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
            Kind::Gif => "gif",
            Kind::Webp => "webp",
            Kind::Avif => "avif",
        }
    }

    /// The media type.
    pub fn mime(self) -> &'static str {
        match self {
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Gif => "image/gif",
            Kind::Webp => "image/webp",
            Kind::Avif => "image/avif",
        }
    }

    /// Whether a file name's extension suits this type (`.jpeg` and `.jpg` both do).
    pub fn matches_extension(self, ext: &str) -> bool {
        let ext = ext.to_ascii_lowercase();
        ext == self.extension() || (self == Kind::Jpeg && (ext == "jpeg" || ext == "jpe"))
    }
}

/// The type of an image from its bytes, or `None` when it is none of the accepted ones
/// (an SVG, an HTML error page, a truncated header, anything else).
pub fn kind(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(Kind::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Kind::Png);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some(Kind::Gif);
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(Kind::Webp);
    }
    // ISO BMFF: a `ftyp` box whose major or a compatible brand is AVIF.
    if bytes.len() >= 16 && &bytes[4..8] == b"ftyp" {
        let size = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        let end = size.clamp(16, bytes.len());
        let brands = std::iter::once(&bytes[8..12]).chain(bytes[16..end].chunks_exact(4));
        if brands.into_iter().any(|b| b == b"avif" || b == b"avis") {
            return Some(Kind::Avif);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_bytes() {
        assert_eq!(kind(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some(Kind::Jpeg));
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(Kind::Png));
        assert_eq!(kind(b"GIF89a\x01\0\x01\0"), Some(Kind::Gif));
        assert_eq!(kind(b"RIFF\x24\0\0\0WEBPVP8 "), Some(Kind::Webp));
        let avif = b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf";
        assert_eq!(kind(avif), Some(Kind::Avif));
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        assert_eq!(kind(heic), None);
        assert_eq!(
            kind(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/>"),
            None
        );
        assert_eq!(kind(b"<!doctype html><title>404</title>"), None);
        assert_eq!(kind(b"\xFF\xD8"), None, "too short to tell");
        assert_eq!(kind(b""), None);
    }

    #[test]
    fn extensions() {
        assert!(Kind::Jpeg.matches_extension("JPEG"));
        assert!(Kind::Jpeg.matches_extension("jpg"));
        assert!(!Kind::Png.matches_extension("jpg"));
        assert_eq!(Kind::Webp.extension(), "webp");
    }
}

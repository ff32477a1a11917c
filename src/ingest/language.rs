//! The article's language, recorded when ingest writes a new file.

use crate::content::FrontMatter;
use crate::lang;

/// Languages so close in writing that detection cannot tell them apart (whatlang has no
/// Malay model and reads Malay as Indonesian; Croatian, Serbian in Latin script and Bosnian
/// share most words): when detection names one and the page declares another of the same
/// group, the declaration is the better witness. Not Norwegian: pages declare the
/// macrolanguage `no`, and detection's `nb` is the more precise of the two.
const SIBLINGS: &[&[&str]] = &[&["id", "ms"], &["hr", "sr", "bs"]];

/// Sets `front.language`: detected from the title and `body` when detection is sure (unless
/// the input declares a sibling of what it found, or a language it cannot name), else
/// the language the input declared (already in `front`), else none (the site's `language`
/// then applies). Ingest derives nothing else: people, places and summary are left to the
/// build, which derives what an article lacks on every build.
pub fn record(front: &mut FrontMatter, body: &str) {
    let declared = front
        .language
        .take()
        .map(|l| lang::primary(&l))
        .filter(|l| lang::validate(l).is_ok());
    let detected = lang::detect(&format!("{}\n\n{body}", front.title));
    front.language = match detected {
        Some(d) if d.reliable => Some(match declared {
            // Detection has no model for the declared language (Basque, Swahili, Icelandic,
            // Albanian): whatever it names is a guess at a neighbour, the page knows better.
            Some(l) if siblings(d.code, &l) || !lang::detectable(&l) => l,
            _ => d.code.to_string(),
        }),
        _ => declared,
    };
}

/// Whether `a` and `b` are different languages detection confuses with each other.
fn siblings(a: &str, b: &str) -> bool {
    a != b && SIBLINGS.iter().any(|g| g.contains(&a) && g.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MALAY: &str = "Jumlah mangsa banjir di Kedah meningkat kepada 4,218 orang daripada 1,302 keluarga pagi ini, berbanding 2,960 orang malam tadi, dengan 38 pusat pemindahan sementara dibuka di enam daerah. Pengarah Jabatan Pertahanan Awam negeri berkata hujan lebat yang berterusan sejak tiga hari lalu menyebabkan Sungai Kedah melimpah di beberapa kawasan.";

    fn recorded(declared: Option<&str>) -> Option<String> {
        let mut front = FrontMatter {
            title: "Banjir di Kedah: lebih 4,000 mangsa dipindahkan".into(),
            language: declared.map(String::from),
            ..FrontMatter::default()
        };
        record(&mut front, MALAY);
        front.language
    }

    #[test]
    fn a_declared_sibling_outranks_detection_and_nothing_else_does() {
        // Detection reads Malay as Indonesian; the page's own `ms` is kept.
        assert_eq!(recorded(Some("ms-MY")).as_deref(), Some("ms"));
        assert_eq!(recorded(None).as_deref(), Some("id"));
        // A declaration outside the group (a site's default `en`) does not override.
        assert_eq!(recorded(Some("en")).as_deref(), Some("id"));
        assert!(siblings("hr", "sr") && !siblings("id", "id") && !siblings("de", "nl"));
    }

    #[test]
    fn a_declared_language_detection_has_no_model_for_outranks_it() {
        // Swahili reads to whatlang as something else; the page's own `sw` is kept.
        let swahili = "Serikali imetangaza kuwa mabasi mia moja ya umeme yataanza kutoa huduma katika barabara za mabasi yaendayo haraka jijini Dar es Salaam kuanzia mwezi Julai mwakani, na vituo vitatu vya kuchajia vitajengwa kabla ya mabasi kuwasili.";
        let mut front = FrontMatter {
            title: "Dar es Salaam kuanza kutumia mabasi ya umeme mwakani".into(),
            language: Some("sw".into()),
            ..FrontMatter::default()
        };
        record(&mut front, swahili);
        assert_eq!(front.language.as_deref(), Some("sw"));
        assert!(!lang::detectable("sw") && !lang::detectable("eu"));
        assert!(lang::detectable("en") && lang::detectable("no") && lang::detectable("ka"));
        // A declared language detection knows does not override it.
        assert_eq!(recorded(Some("de")).as_deref(), Some("id"));
    }
}

//! The claim a fact check reviews: fact-checking sites declare it for search engines as a
//! JSON-LD `ClaimReview` (`claimReviewed`) and show it in a box of labels and a rating badge
//! above the check, where readability does not look. The check is about that sentence, so
//! it leads the story when the page shows it and the story does not hold it already.

use serde_json::Value;

/// The `claimReviewed` of the first JSON-LD `ClaimReview` (in arrays and `@graph` too).
pub fn reviewed(json_ld: &[Value]) -> Option<String> {
    json_ld.iter().find_map(find)
}

fn find(v: &Value) -> Option<String> {
    match v {
        Value::Array(items) => items.iter().find_map(find),
        Value::Object(o) => {
            let review = match o.get("@type") {
                Some(Value::String(t)) => t == "ClaimReview",
                Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some("ClaimReview")),
                _ => false,
            };
            review
                .then(|| o.get("claimReviewed").and_then(Value::as_str))
                .flatten()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .or_else(|| o.get("@graph").and_then(find))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claim_of_a_claim_review_in_a_graph_or_a_list() {
        let graph = serde_json::json!({"@graph": [
            {"@type": "NewsArticle", "headline": "No, rain does not poison farmland"},
            {"@type": "ClaimReview", "claimReviewed": " Rain off solar panels poisons the soil. "}
        ]});
        assert_eq!(
            reviewed(&[graph]).as_deref(),
            Some("Rain off solar panels poisons the soil.")
        );
        let list = serde_json::json!([{"@type": ["ClaimReview"], "claimReviewed": "A claim."}]);
        assert_eq!(reviewed(&[list]).as_deref(), Some("A claim."));
        let article = serde_json::json!({"@type": "NewsArticle", "claimReviewed": "Not a review."});
        assert_eq!(reviewed(&[article]), None);
    }
}

//! Markdown written by staff (playbook steps, information packs), rendered safely: raw HTML is
//! shown as text, links go only to http, https and mailto addresses (others keep their words
//! but lose the link), images become links (pages fetch nothing from elsewhere), and headings
//! are kept below the page's own.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with('#')
}

fn lower(level: HeadingLevel, top: usize) -> HeadingLevel {
    HeadingLevel::try_from((level as usize).max(top).min(6)).unwrap_or(HeadingLevel::H6)
}

/// HTML of `md` with no heading above level `top` (with 2, `#` and `##` both make an h2).
pub fn to_html(md: &str, top: usize) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // For each open link or image: whether it was kept as a link.
    let mut links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(md, options).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        })
        | Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let keep = safe_url(&dest_url);
            links.push(keep);
            keep.then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => links
            .pop()
            .unwrap_or(false)
            .then_some(Event::End(TagEnd::Link)),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: lower(level, top),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(lower(level, top)))),
        other => Some(other),
    });
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("Hello <script>alert(1)</script> <b>x</b>", 0);
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
    }

    #[test]
    fn only_web_and_mail_links_are_kept() {
        let html = to_html(
            "[Firmenbuch](https://www.justiz.gv.at) [bad](javascript:alert(1)) ![logo](https://x.example/l.png)",
            0,
        );
        assert!(
            html.contains(r#"<a href="https://www.justiz.gv.at">Firmenbuch</a>"#),
            "{html}"
        );
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("bad"), "the words stay: {html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains(r#"<a href="https://x.example/l.png">logo</a>"#),
            "{html}"
        );
    }

    #[test]
    fn headings_move_below_the_page_heading() {
        let html = to_html("# Tax\n\n## VAT\n\n#### Rates\n\n###### Small", 3);
        assert!(html.contains("<h3>Tax</h3>"), "{html}");
        assert!(html.contains("<h3>VAT</h3>"), "{html}");
        assert!(html.contains("<h4>Rates</h4>"), "{html}");
        assert!(html.contains("<h6>Small</h6>"), "{html}");
    }
}

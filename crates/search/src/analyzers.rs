//! The text crate's analysis as tantivy tokenizers, one per language plus the folded one.

use city2city_text::{Analysis, Language};
use tantivy::Index;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// Number of analyses, and each one's slot in per-analysis arrays.
pub(crate) const ANALYSES: usize = Analysis::ALL.len();

pub(crate) fn slot(analysis: Analysis) -> usize {
    match analysis {
        Analysis::Lang(Language::Bg) => 0,
        Analysis::Lang(Language::De) => 1,
        Analysis::Lang(Language::En) => 2,
        Analysis::Folded => 3,
    }
}

/// Field names start with this: "bg_title", "any_body".
pub(crate) fn field_prefix(analysis: Analysis) -> &'static str {
    match analysis {
        Analysis::Lang(lang) => lang.code(),
        Analysis::Folded => "any",
    }
}

pub(crate) fn tokenizer_name(analysis: Analysis) -> String {
    format!("c2c_{}", field_prefix(analysis))
}

pub(crate) fn register(index: &Index) {
    for analysis in Analysis::ALL {
        let tokenizer = AnalysisTokenizer {
            analysis,
            tokens: Vec::new(),
        };
        index
            .tokenizers()
            .register(&tokenizer_name(analysis), TextAnalyzer::from(tokenizer));
    }
}

#[derive(Clone)]
struct AnalysisTokenizer {
    analysis: Analysis,
    /// Reused between calls to save allocations.
    tokens: Vec<Token>,
}

impl Tokenizer for AnalysisTokenizer {
    type TokenStream<'a> = AnalysedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AnalysedStream<'a> {
        self.tokens.clear();
        self.tokens
            .extend(self.analysis.tokens(text).into_iter().map(|t| Token {
                offset_from: t.start,
                offset_to: t.end,
                position: t.position,
                text: t.term,
                position_length: 1,
            }));
        AnalysedStream {
            tokens: &mut self.tokens,
            next: 0,
            none: Token::default(),
        }
    }
}

struct AnalysedStream<'a> {
    tokens: &'a mut Vec<Token>,
    /// One past the current token.
    next: usize,
    /// Answered if asked for a token before the first `advance`.
    none: Token,
}

impl TokenStream for AnalysedStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        self.next
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .unwrap_or(&self.none)
    }

    fn token_mut(&mut self) -> &mut Token {
        match self
            .next
            .checked_sub(1)
            .and_then(|i| self.tokens.get_mut(i))
        {
            Some(token) => token,
            None => &mut self.none,
        }
    }
}

//! The WebAssembly glue: the only module that knows about JavaScript.
//!
//! Takes a JS string and an options object and gives a plain JS object following the JSON
//! contract (through serde-wasm-bindgen, no JSON round trip). Bad options become JS `Error`s with
//! clear messages; a panic (a bug) is reported on the console by the panic hook instead of a bare
//! "unreachable". Lone surrogates in the JS string arrive as U+FFFD, one UTF-16 unit for one, so
//! the UTF-16 offsets still index the caller's string.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::{Category, Options, SimpleDate};

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsOptions {
    #[serde(default)]
    categories: Option<Vec<String>>,
    #[serde(default)]
    reference_date: Option<String>,
}

fn options(js: JsValue) -> Result<Options, JsError> {
    if js.is_undefined() || js.is_null() {
        return Ok(Options::default());
    }
    let keys: std::collections::BTreeMap<String, serde::de::IgnoredAny> = serde_wasm_bindgen::from_value(js.clone())
        .map_err(|e| JsError::new(&format!("wasim: invalid options ({e}); expected an object")))?;
    if let Some(k) = keys.keys().find(|k| !matches!(k.as_str(), "categories" | "referenceDate")) {
        return Err(JsError::new(&format!("wasim: invalid options (unknown option {k:?}); expected {{categories?: string[], referenceDate?: \"YYYY-MM-DD\"}}")));
    }
    let o: JsOptions = serde_wasm_bindgen::from_value(js).map_err(|e| {
        JsError::new(&format!(
            "wasim: invalid options ({e}); expected {{categories?: string[], referenceDate?: \"YYYY-MM-DD\"}}"
        ))
    })?;
    let mut out = Options::default();
    if let Some(list) = o.categories {
        out.categories = Category::parse_list(&list.join(",")).map_err(|e| JsError::new(&format!("wasim: {e}")))?;
    }
    if let Some(d) = o.reference_date.filter(|d| !d.trim().is_empty()) {
        out.reference_date = Some(
            SimpleDate::parse(d.trim())
                .ok_or_else(|| JsError::new(&format!("wasim: invalid referenceDate {d:?} (expected YYYY-MM-DD)")))?,
        );
    }
    Ok(out)
}

/// Installs the panic hook; called once when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates `text`; `options` is `{categories?: string[], referenceDate?: "YYYY-MM-DD"}` or
/// undefined. Returns `{text_length, utf16_length, annotations: [...]}` as in ANNOTATION.md.
#[wasm_bindgen]
pub fn annotate(text: &str, options_js: JsValue) -> Result<JsValue, JsError> {
    annotate_with(crate::Annotator::default_ref(), text, options_js)
}

/// What both `annotate`s do: the options read, the text annotated by `annotator`, the result
/// as a plain JS object.
fn annotate_with(annotator: &crate::Annotator, text: &str, options_js: JsValue) -> Result<JsValue, JsError> {
    let doc = annotator.annotate(text, &options(options_js)?);
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    doc.serialize(&ser).map_err(|e| JsError::new(&format!("wasim: cannot build the result: {e}")))
}

/// One entry of a reader's list, as the page keeps it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsEntry {
    surface: String,
    category: String,
    #[serde(default)]
    canonical: Option<String>,
}

/// An annotator with a reader's own entries (`new Annotator([{surface, category, canonical?}])`):
/// they are found by the core like the lists' entries, with `source: "user"`.
#[wasm_bindgen(js_name = Annotator)]
pub struct JsAnnotator(crate::Annotator);

#[wasm_bindgen(js_class = Annotator)]
impl JsAnnotator {
    /// Builds the annotator; `entries` is an array of `{surface, category, canonical?}` (category
    /// `person`, `location` or `organization`). A bad entry is an error naming its index.
    #[wasm_bindgen(constructor)]
    pub fn new(entries: JsValue) -> Result<JsAnnotator, JsError> {
        let list: Vec<JsEntry> = if entries.is_undefined() || entries.is_null() {
            Vec::new()
        } else {
            serde_wasm_bindgen::from_value(entries).map_err(|e| {
                JsError::new(&format!("wasim: invalid entries ({e}); expected [{{surface, category, canonical?}}]"))
            })?
        };
        let mut b = crate::Annotator::builder();
        for (i, e) in list.iter().enumerate() {
            let category = Category::parse(&e.category)
                .ok_or_else(|| JsError::new(&format!("wasim: entry {i}: unknown category {:?}", e.category)))?;
            b = b
                .entry(&e.surface, category, e.canonical.as_deref().unwrap_or(""))
                .map_err(|err| JsError::new(&format!("wasim: entry {i} ({:?}): {err}", e.surface)))?;
        }
        Ok(JsAnnotator(b.build()))
    }

    /// Annotates `text` as [`annotate`] does, with this annotator's entries.
    pub fn annotate(&self, text: &str, options_js: JsValue) -> Result<JsValue, JsError> {
        annotate_with(&self.0, text, options_js)
    }
}

/// The crate version, shown in the page's footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

use serde::Serialize as _;

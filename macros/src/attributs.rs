//! `#[sidoba(...)]` attributes, every error collected.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, LitStr};

/// The container: which report, and which table for a row.
pub struct Derive {
    pub rapport: syn::Path,
    pub bloc: Option<LitStr>,
    pub champs: Vec<ChampMappe>,
}

/// A field of the user's struct mapped onto a model code.
pub struct ChampMappe {
    pub membre: syn::Member,
    pub type_: syn::Type,
    /// The model code.
    pub code: String,
    /// Where an unknown-code error lands: the attribute's string, or the
    /// field's name when it maps by name.
    pub span_code: Span,
}

/// Attribute errors, with what could be read all the same (`repli`: known
/// as soon as `rapport` is).
pub struct Echec {
    pub erreur: syn::Error,
    pub repli: Option<Derive>,
}

/// Accumulates errors so that all are reported in one pass.
#[derive(Default)]
struct Erreurs(Option<syn::Error>);

impl Erreurs {
    fn ajouter(&mut self, e: syn::Error) {
        match &mut self.0 {
            Some(x) => x.combine(e),
            None => self.0 = Some(e),
        }
    }

    /// What was read, and the errors if any: with `rapport` known, the
    /// derive can still emit its impl beside them.
    fn finir(self, d: Option<Derive>) -> Result<Derive, Echec> {
        match (self.0, d) {
            (None, Some(d)) => Ok(d),
            (Some(erreur), repli) => Err(Echec { erreur, repli }),
            (None, None) => Err(Echec {
                erreur: syn::Error::new(
                    Span::call_site(),
                    "attribut #[sidoba(rapport = …)] manquant",
                ),
                repli: None,
            }),
        }
    }
}

/// The closest known attribute by the metric of `sidoba`'s `proches`
/// (Jaro-Winkler similarity, 0.75 or more), else the list.
fn proche(mot: &str, connus: &[&str]) -> String {
    let proche = connus
        .iter()
        .map(|c| (strsim::jaro_winkler(&mot.to_ascii_lowercase(), c), c))
        .filter(|&(note, _)| note >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c);
    match proche {
        Some(c) => format!(" ; vouliez-vous dire `{c}` ?"),
        None => format!(
            " ; attendu : {}",
            connus
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

const PAS_UNE_STRUCT: &str = "#[derive(SidobaReport)] s'applique à une struct à champs nommés";

pub fn lire(entree: &DeriveInput) -> Result<Derive, Echec> {
    let mut erreurs = Erreurs::default();
    let mut rapport = None;
    let mut bloc = None;
    for attr in entree.attrs.iter().filter(|a| a.path().is_ident("sidoba")) {
        let r = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rapport") {
                if rapport.is_some() {
                    return Err(meta.error("`rapport` est déjà donné"));
                }
                rapport = Some(meta.value()?.parse::<syn::Path>()?);
            } else if meta.path.is_ident("bloc") {
                if bloc.is_some() {
                    return Err(meta.error("`bloc` est déjà donné"));
                }
                bloc = Some(meta.value()?.parse::<LitStr>()?);
            } else {
                let mot = meta
                    .path
                    .get_ident()
                    .map(|i| i.to_string())
                    .unwrap_or_default();
                return Err(meta.error(format!(
                    "attribut de struct `{mot}` inconnu{}",
                    proche(&mot, &["rapport", "bloc"])
                )));
            }
            Ok(())
        });
        if let Err(e) = r {
            erreurs.ajouter(e);
        }
    }
    let champs = match &entree.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(champs) => Some(champs),
            autres => {
                erreurs.ajouter(syn::Error::new(autres.span(), PAS_UNE_STRUCT));
                None
            }
        },
        _ => {
            erreurs.ajouter(syn::Error::new(entree.ident.span(), PAS_UNE_STRUCT));
            None
        }
    };
    if rapport.is_none() {
        erreurs.ajouter(syn::Error::new(
            entree.ident.span(),
            "attribut #[sidoba(rapport = …)] manquant : le type `Rapport` du module généré que cette struct remplit",
        ));
    }
    let mut mappes: Vec<ChampMappe> = Vec::new();
    for f in champs.iter().flat_map(|c| &c.named) {
        let Some(ident) = &f.ident else { continue };
        let mut code: Option<LitStr> = None;
        let mut ignorer = false;
        for attr in f.attrs.iter().filter(|a| a.path().is_ident("sidoba")) {
            let r = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("champ") {
                    if code.is_some() {
                        return Err(meta.error("`champ` est déjà donné pour ce champ"));
                    }
                    code = Some(meta.value()?.parse::<LitStr>()?);
                } else if meta.path.is_ident("ignore") {
                    ignorer = true;
                } else {
                    let mot = meta
                        .path
                        .get_ident()
                        .map(|i| i.to_string())
                        .unwrap_or_default();
                    return Err(meta.error(format!(
                        "attribut de champ `{mot}` inconnu{}",
                        proche(&mot, &["champ", "ignore"])
                    )));
                }
                Ok(())
            });
            if let Err(e) = r {
                erreurs.ajouter(e);
            }
        }
        if ignorer {
            if let Some(c) = &code {
                erreurs.ajouter(syn::Error::new(
                    c.span(),
                    "un champ `ignore` ne peut pas avoir de `champ`",
                ));
            }
            continue;
        }
        let (code, span_code) = match &code {
            Some(c) if c.value().is_empty() => {
                erreurs.ajouter(syn::Error::new(
                    c.span(),
                    "le code du champ ne peut pas être vide",
                ));
                continue;
            }
            Some(c) => (c.value(), c.span()),
            None => {
                let nom = ident.to_string();
                (
                    nom.strip_prefix("r#").unwrap_or(&nom).to_owned(),
                    ident.span(),
                )
            }
        };
        if let Some(autre) = mappes.iter().find(|m| m.code == code) {
            let autre = match &autre.membre {
                syn::Member::Named(i) => i.to_string(),
                syn::Member::Unnamed(i) => i.index.to_string(),
            };
            erreurs.ajouter(syn::Error::new(
                span_code,
                format!(
                    "le champ « {code} » du modèle est déjà rempli par `{autre}` dans cette struct"
                ),
            ));
            continue;
        }
        mappes.push(ChampMappe {
            membre: syn::Member::Named(ident.clone()),
            type_: f.ty.clone(),
            code,
            span_code,
        });
    }
    erreurs.finir(rapport.map(|rapport| Derive {
        rapport,
        bloc,
        champs: mappes,
    }))
}

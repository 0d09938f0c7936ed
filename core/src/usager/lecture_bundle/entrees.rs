//! The Bundle's entries (any TDDUI sender's, usager.md "Reading a
//! Bundle"): `fullUrl` any absolute URI, `request.url` any form, and
//! references resolved as FHIR R4 resolves them in a Bundle: the fullUrl
//! itself, or a relative `Type/id` against the referring entry's base, or
//! the entry whose resource is `Type/id`. A reference that resolves to no
//! entry designates a resource outside the Bundle: allowed.

use super::{Lecteur, chaine, champ, objet};
use crate::model::json::{self, Object, Value};
use std::collections::BTreeMap;

/// One entry's resource.
pub(super) struct Ressource<'a, 'v> {
    /// `/entry/j`.
    pub ptr: String,
    pub url: Option<&'a str>,
    pub type_: &'a str,
    pub o: &'a Object<'v>,
}

impl Ressource<'_, '_> {
    /// Whether `meta.profile` declares `profil`.
    pub fn declare(&self, profil: &str) -> bool {
        objet(champ(self.o, "meta")).is_some_and(|m| {
            super::tableau(champ(m, "profile"))
                .iter()
                .any(|p| chaine(Some(p)) == Some(profil))
        })
    }

    pub fn ptr_ressource(&self) -> String {
        format!("{}/resource", self.ptr)
    }
}

/// A URI with a scheme (`https:`, `urn:`…) and no blank: what FHIR calls
/// absolute, which `fullUrl` must be.
fn absolue(u: &str) -> bool {
    let Some((schema, reste)) = u.split_once(':') else {
        return false;
    };
    let mut c = schema.chars();
    c.next().is_some_and(|x| x.is_ascii_alphabetic())
        && c.all(|x| x.is_ascii_alphanumeric() || "+.-".contains(x))
        && !reste.is_empty()
        && !u.chars().any(char::is_whitespace)
}

/// Every entry's envelope: an object with a resource that has a
/// `resourceType`, an absolute `fullUrl` (unique) when given, and the
/// `request` the profile makes 1..1, with method `POST` (the profile's
/// pattern) and a `url` of any form.
pub(super) fn lues<'a, 'v>(
    l: &mut Lecteur<'_>,
    entrees: &'a [Value<'v>],
) -> Vec<Ressource<'a, 'v>> {
    let mut vues = BTreeMap::new();
    let mut out = Vec::new();
    for (j, e) in entrees.iter().enumerate() {
        let ptr = format!("/entry/{j}");
        let Value::Object(e) = e else {
            l.erreur(json::debut(e), &ptr, "chaque entrée est un objet");
            continue;
        };
        let url = match champ(e, "fullUrl") {
            None => None,
            Some(Value::StringLit(s)) if absolue(&s.value) => {
                if vues.insert(s.value.as_ref(), j).is_some() {
                    l.erreur(
                        s.range.start,
                        &format!("{ptr}/fullUrl"),
                        "« fullUrl » déjà pris par une autre entrée (il identifie la ressource dans le Bundle)",
                    );
                }
                Some(s.value.as_ref())
            }
            Some(v) => {
                l.erreur(
                    json::debut(v),
                    &format!("{ptr}/fullUrl"),
                    "« fullUrl » doit être une URI absolue (« urn:uuid:… », « https://… »)",
                );
                None
            }
        };
        let Some(r) = objet(champ(e, "resource")) else {
            l.erreur(
                e.range.start,
                &format!("{ptr}/resource"),
                "l'entrée n'a pas de ressource (objet)",
            );
            continue;
        };
        let Some(type_) = chaine(champ(r, "resourceType")) else {
            l.erreur(
                r.range.start,
                &format!("{ptr}/resource/resourceType"),
                "« resourceType » (chaîne) absent",
            );
            continue;
        };
        match objet(champ(e, "request")) {
            None => l.erreur(
                e.range.start,
                &format!("{ptr}/request"),
                "« request » absent : chaque entrée d'un Bundle TDDUI (transaction) a sa requête, {\"method\": \"POST\", \"url\": …}",
            ),
            Some(q) => {
                if chaine(champ(q, "method")) != Some("POST") {
                    l.erreur(
                        q.range.start,
                        &format!("{ptr}/request/method"),
                        "« request.method » : « POST » (motif du profil tddui-bundle)",
                    );
                }
                if chaine(champ(q, "url")).is_none() {
                    l.erreur(
                        q.range.start,
                        &format!("{ptr}/request/url"),
                        "« request.url » (chaîne) absent",
                    );
                }
            }
        }
        out.push(Ressource {
            ptr,
            url,
            type_,
            o: r,
        });
    }
    out
}

/// Where references lead.
pub(super) struct Index<'a> {
    par_url: BTreeMap<&'a str, usize>,
    par_id: BTreeMap<(&'a str, &'a str), usize>,
}

/// `Type/id` (FHIR's relative reference), as its two parts.
fn relative(r: &str) -> Option<(&str, &str)> {
    let (t, id) = r.split_once('/')?;
    let ok = t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && t.chars().all(|c| c.is_ascii_alphabetic())
        && !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    ok.then_some((t, id))
}

impl<'a> Index<'a> {
    pub fn new(res: &[Ressource<'a, '_>]) -> Index<'a> {
        let mut par_url = BTreeMap::new();
        let mut par_id = BTreeMap::new();
        for (i, r) in res.iter().enumerate() {
            if let Some(u) = r.url {
                par_url.entry(u).or_insert(i);
            }
            if let Some(id) = chaine(champ(r.o, "id")) {
                par_id.entry((r.type_, id)).or_insert(i);
            }
        }
        Index { par_url, par_id }
    }

    /// The entry `reference` designates from entry `depuis`, if in the Bundle.
    pub fn resoudre(
        &self,
        res: &[Ressource<'_, '_>],
        depuis: usize,
        reference: &str,
    ) -> Option<usize> {
        if let Some(i) = self.par_url.get(reference) {
            return Some(*i);
        }
        let (t, id) = relative(reference)?;
        let base = res.get(depuis).and_then(|r| r.url).and_then(|u| {
            let (avant, _) = u.rsplit_once('/')?;
            let (base, _) = avant.rsplit_once('/')?;
            relative(&u[base.len() + 1..]).map(|_| base)
        });
        if let Some(base) = base
            && let Some(i) = self.par_url.get(format!("{base}/{reference}").as_str())
        {
            return Some(*i);
        }
        self.par_id.get(&(t, id)).copied()
    }

    /// `o.<cle>.reference` from entry `depuis`: `Ok(Some(i))` in the
    /// Bundle, `Ok(None)` absent, `Err(())` outside the Bundle.
    pub fn cible(
        &self,
        res: &[Ressource<'_, '_>],
        depuis: usize,
        o: &Object<'_>,
        cle: &str,
    ) -> Result<Option<usize>, ()> {
        match objet(champ(o, cle)).and_then(|x| chaine(champ(x, "reference"))) {
            None => Ok(None),
            Some(r) => self.resoudre(res, depuis, r).map(Some).ok_or(()),
        }
    }
}

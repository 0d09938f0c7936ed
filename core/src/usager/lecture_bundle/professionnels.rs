//! The Practitioners of the Bundle as the collection file's
//! `professionnels` (usager.md): the local identifier sidoba writes
//! (`INTRN`, `3` + FINESS + `/` + identifier), else the idNatPs value as
//! given, else the resource's id; `8` + RPPS read as the RPPS; name and
//! TRE_G15 profession. Names are personal data: copied as JSON text,
//! never quoted in a message. A PractitionerRole leads to its Practitioner.

use super::entrees::{Index, Ressource};
use super::{Lecteur, chaine, champ, objet, q, tableau, tddui};
use std::collections::BTreeMap;

pub(super) struct Professionnels {
    /// Per Practitioner entry: its identifier in the collection file.
    ids: BTreeMap<usize, String>,
    /// The `professionnels` elements, JSON texts in Bundle order.
    pub json: Vec<String>,
}

impl Professionnels {
    pub fn lire(
        l: &mut Lecteur<'_>,
        res: &[Ressource<'_, '_>],
        finess: Option<&str>,
    ) -> Professionnels {
        let mut ids = BTreeMap::new();
        let mut json = Vec::new();
        let mut pris: BTreeMap<String, usize> = BTreeMap::new();
        for (i, r) in res.iter().enumerate() {
            if r.type_ != "Practitioner" {
                continue;
            }
            let identifiants: Vec<_> = tableau(champ(r.o, "identifier"))
                .iter()
                .filter_map(|v| objet(Some(v)))
                .collect();
            let interne = identifiants
                .iter()
                .find(|o| {
                    objet(champ(o, "type")).is_some_and(|t| {
                        tableau(champ(t, "coding")).iter().any(|c| {
                            chaine(objet(Some(c)).and_then(|c| champ(c, "code")))
                                == Some(tddui::CODE_INTRN)
                        })
                    })
                })
                .and_then(|o| chaine(champ(o, "value")));
            let idnps = identifiants
                .iter()
                .find(|o| chaine(champ(o, "system")) == Some(tddui::SYSTEME_IDNPS))
                .and_then(|o| chaine(champ(o, "value")));
            let prefixe = finess.map(|f| format!("3{f}/"));
            let local = interne.map(|v| match &prefixe {
                Some(p) => v.strip_prefix(p.as_str()).unwrap_or(v),
                None => v,
            });
            let Some(identifiant) = local
                .or(idnps)
                .or_else(|| chaine(champ(r.o, "id")))
                .map(str::to_owned)
            else {
                l.erreur(
                    r.o.range.start,
                    &format!("{}/identifier", r.ptr_ressource()),
                    "le Practitioner n'a ni identifiant (idNatPs, INTRN) ni « id » : il ne peut être désigné dans le fichier de collecte",
                );
                continue;
            };
            if let Some(j) = pris.insert(identifiant.clone(), i) {
                l.erreur(
                    r.o.range.start,
                    &format!("{}/identifier", r.ptr_ressource()),
                    format!(
                        "le Practitioner a le même identifiant que celui de {} : deux professionnels ne peuvent être confondus",
                        res[j].ptr
                    ),
                );
                continue;
            }
            let mut s = vec![format!("\"identifiant\":{}", q(&identifiant))];
            // `8` + RPPS (TRE_G08): the RPPS; another prefix carries none.
            if let Some(rpps) = idnps
                .and_then(|v| v.strip_prefix('8'))
                .filter(|v| v.len() == 11)
            {
                s.push(format!("\"rpps\":{}", q(rpps)));
            }
            if let Some(n) = tableau(champ(r.o, "name"))
                .first()
                .and_then(|n| objet(Some(n)))
            {
                if let Some(f) = champ(n, "family") {
                    s.push(format!("\"nom\":{}", l.brut(f)));
                }
                if let Some(g) = tableau(champ(n, "given")).first() {
                    s.push(format!("\"prenom\":{}", l.brut(g)));
                }
            }
            let profession = tableau(champ(r.o, "qualification"))
                .iter()
                .filter_map(|x| objet(Some(x)))
                .filter_map(|x| objet(champ(x, "code")))
                .flat_map(|c| tableau(champ(c, "coding")))
                .filter_map(|c| objet(Some(c)))
                .find(|c| chaine(champ(c, "system")) == Some(tddui::SYSTEME_PROFESSION))
                .and_then(|c| champ(c, "code"));
            if let Some(p) = profession {
                s.push(format!("\"profession\":{}", l.brut(p)));
            }
            ids.insert(i, identifiant);
            json.push(format!("{{{}}}", s.join(",")));
        }
        Professionnels { ids, json }
    }

    /// The file's identifier of the professional `reference` designates
    /// from entry `depuis` (a Practitioner, or a PractitionerRole's).
    pub fn de(
        &self,
        res: &[Ressource<'_, '_>],
        index: &Index<'_>,
        depuis: usize,
        reference: &str,
    ) -> Option<&str> {
        let c = index.resoudre(res, depuis, reference)?;
        match res[c].type_ {
            "Practitioner" => self.ids.get(&c).map(String::as_str),
            "PractitionerRole" => {
                let p = index
                    .cible(res, c, res[c].o, "practitioner")
                    .ok()
                    .flatten()?;
                self.ids.get(&p).map(String::as_str)
            }
            _ => None,
        }
    }
}

//! Reading a WS05 payload, shared by generated `Rapport::lire` and
//! `sidoba validate`.
//!
//! A value that cannot be taken into the report (wrong JSON type, unknown
//! code, out of the Rust type's range) is not an error that stops reading:
//! it becomes a finding kept with its path ("rejet"), and validation emits
//! it at the field's place in model order, so both validators agree.

use crate::descripteur::{Bloc, Champ, Genre};
use crate::flux::{Brut, Flux, Vus};
use crate::jeton::ErreurJson;
use crate::lu::{ErreurLecture, Lu, Rejets};
use crate::position::Position;
use crate::proches::suggestion;
use crate::verif::{self, Chemin, nom};
use crate::{CodeConstat, Constat, Date, Decimal};

/// The keys of one object of the payload (a report or a row), sorted by
/// bytes, each with the position of its member: found by binary search,
/// so that a 5,000-field report reads in linear time.
#[derive(Debug, Clone, Copy)]
pub struct Cles<'a>(pub &'a [(&'a str, usize)]);

impl<'a> Cles<'a> {
    /// The member of `cle`, if the model has it.
    pub fn index(&self, cle: &str) -> Option<usize> {
        self.0
            .binary_search_by(|(k, _)| (*k).cmp(cle))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// The member of `cle`, trying first the member expected next: a
    /// payload written in model order then finds each key in one
    /// comparison. `ordre` holds the members' codes in member order.
    pub fn index_attendu(&self, cle: &str, ordre: &[&str], attendu: usize) -> Option<usize> {
        match ordre.get(attendu) {
            Some(k) if *k == cle => Some(attendu),
            _ => self.index(cle),
        }
    }

    /// The known keys, for suggestions (in byte order, the same for every
    /// reader).
    pub fn codes(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.0.iter().map(|(k, _)| *k)
    }
}

/// Reads values into their Rust form, recording rejections.
#[derive(Debug, Default)]
pub struct Lecteur {
    rejets: Rejets,
}

fn type_attendu(champ: &Champ<'_>, v: &Brut<'_>, precision: &str) -> String {
    format!(
        "{} attend {}, reçu {}{precision}.",
        nom(champ.libelle),
        champ.genre.attendu(),
        v.type_json()
    )
}

/// What a reading function returns: the value if it could be taken, or an
/// error that stops reading (the text is not JSON).
pub type Resultat<T> = Result<Option<T>, ErreurJson>;

impl Lecteur {
    pub fn new() -> Lecteur {
        Lecteur::default()
    }

    pub fn finir(self) -> Rejets {
        self.rejets
    }

    fn rejeter(&mut self, chemin: String, code: CodeConstat, message: String) {
        self.rejets
            .champs
            .entry(chemin.clone())
            .or_default()
            .push(Constat::champ(chemin, code, message));
    }

    /// Records a wrong JSON type and skips the value.
    fn mauvais_type<T>(
        &mut self,
        f: &mut Flux<'_>,
        chemin: &Chemin,
        champ: &Champ<'_>,
        v: &Brut<'_>,
        precision: &str,
    ) -> Resultat<T> {
        let m = type_attendu(champ, v, precision);
        self.rejeter(chemin.de(champ.code), CodeConstat::Type, m);
        f.sauter(v)?;
        Ok(None)
    }

    /// The next value, or `None` when it is not filled: `null`, `""` and
    /// `[]` (WS05). A non-empty array where a scalar is expected is a
    /// `type` finding (the array is read through, to count its elements).
    fn rempli<'t>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'t>,
    ) -> Result<Option<Brut<'t>>, ErreurJson> {
        match f.valeur()? {
            Brut::Null => Ok(None),
            Brut::Chaine(s) if s.is_empty() => Ok(None),
            Brut::Tableau => {
                let mut n = 0;
                f.elements(|f, _| {
                    n += 1;
                    let v = f.valeur()?;
                    f.sauter(&v)
                })?;
                if n > 0 {
                    let m = type_attendu(champ, &Brut::Tableau, "");
                    self.rejeter(chemin.de(champ.code), CodeConstat::Type, m);
                }
                Ok(None)
            }
            v => Ok(Some(v)),
        }
    }

    /// Runs `lire` on a field's value. For personal data, a JSON syntax
    /// error in or right after the value (`"nir": 12x`, `tru`, `1.2.3`)
    /// would quote what was typed: its message is replaced.
    fn masque<'t, T>(
        &mut self,
        champ: &Champ<'_>,
        f: &mut Flux<'t>,
        lire: impl FnOnce(&mut Self, &mut Flux<'t>) -> Result<T, ErreurJson>,
    ) -> Result<T, ErreurJson> {
        if !champ.personnel {
            return lire(self, f);
        }
        // Lexing the next token now keeps `12x`'s error within this field.
        let r = lire(self, f).and_then(|v| f.position().map(|_| v));
        r.map_err(|e| ErreurJson {
            offset: e.offset,
            message: format!(
                "JSON invalide dans la valeur de {} (donnée personnelle : la valeur n'est pas citée)",
                nom(champ.libelle)
            ),
        })
    }

    /// A key the model does not have in this object (its value is skipped).
    pub fn inconnue<'c>(
        &mut self,
        f: &mut Flux<'_>,
        chemin: &Chemin,
        cle: &str,
        connues: impl IntoIterator<Item = &'c str>,
    ) -> Result<(), ErreurJson> {
        let m = format!(
            "La clé « {cle} » n'existe pas dans le modèle{}.",
            suggestion(cle, connues)
        );
        let c = Constat::champ(chemin.de(cle), CodeConstat::ChampInconnu, m);
        self.rejets
            .inconnus
            .entry(chemin.de(""))
            .or_default()
            .push(c);
        let v = f.valeur()?;
        f.sauter(&v)
    }

    /// An `entier` as `T`; a value outside `T` is outside the field's bounds
    /// too (the generator picks `T` to hold exactly `min..=max`).
    pub fn entier<T: TryFrom<i64>>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<T> {
        self.masque(champ, f, |s, f| s.entier_(chemin, champ, f))
    }

    fn entier_<T: TryFrom<i64>>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<T> {
        let Some(v) = self.rempli(chemin, champ, f)? else {
            return Ok(None);
        };
        let n = match &v {
            Brut::Nombre(n) => *n,
            _ => return self.mauvais_type(f, chemin, champ, &v, ""),
        };
        if n.contains(['.', 'e', 'E']) {
            let p = format!(" non entier ({})", masquer(champ, n));
            return self.mauvais_type(f, chemin, champ, &v, &p);
        }
        let Ok(i) = n.parse::<i64>() else {
            return self.mauvais_type(f, chemin, champ, &v, " hors des entiers 64 bits");
        };
        match T::try_from(i) {
            Ok(t) => Ok(Some(t)),
            Err(_) => {
                let mut out = Vec::new();
                if verif::entier(&mut out, chemin, champ, i) {
                    // Only reachable with a hand-picked type narrower than the bounds.
                    return self.mauvais_type(
                        f,
                        chemin,
                        champ,
                        &v,
                        " hors de l'intervalle du type Rust",
                    );
                }
                for c in out {
                    self.rejeter(c.chemin.clone(), c.code, c.message);
                }
                Ok(None)
            }
        }
    }

    pub fn decimal(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<Decimal> {
        self.masque(champ, f, |s, f| s.decimal_(chemin, champ, f))
    }

    fn decimal_(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<Decimal> {
        let Some(v) = self.rempli(chemin, champ, f)? else {
            return Ok(None);
        };
        let n = match &v {
            Brut::Nombre(n) => *n,
            _ => return self.mauvais_type(f, chemin, champ, &v, ""),
        };
        if n.contains(['e', 'E']) {
            return self.mauvais_type(
                f,
                chemin,
                champ,
                &v,
                " en notation exponentielle, interdite",
            );
        }
        match crate::decimal::lire(n) {
            Some(d) => Ok(Some(d)),
            None => self.mauvais_type(
                f,
                chemin,
                champ,
                &v,
                " de plus de 28 chiffres significatifs",
            ),
        }
    }

    pub fn texte(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<String> {
        self.masque(champ, f, |s, f| match s.rempli(chemin, champ, f)? {
            None => Ok(None),
            Some(Brut::Chaine(t)) => Ok(Some(t.into_owned())),
            Some(v) => s.mauvais_type(f, chemin, champ, &v, ""),
        })
    }

    pub fn booleen(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<bool> {
        self.masque(champ, f, |s, f| match s.rempli(chemin, champ, f)? {
            None => Ok(None),
            Some(Brut::Booleen(b)) => Ok(Some(b)),
            Some(v) => s.mauvais_type(f, chemin, champ, &v, ""),
        })
    }

    pub fn date(&mut self, chemin: &Chemin, champ: &Champ<'_>, f: &mut Flux<'_>) -> Resultat<Date> {
        self.masque(champ, f, |s, f| match s.rempli(chemin, champ, f)? {
            None => Ok(None),
            Some(Brut::Chaine(t)) => match t.parse() {
                Ok(d) => Ok(Some(d)),
                Err(_) => {
                    let p = format!(
                        " qui n'est pas une date valide ({})",
                        masquer(champ, &format!("« {t} »"))
                    );
                    s.mauvais_type(f, chemin, champ, &Brut::Chaine(t), &p)
                }
            },
            Some(v) => s.mauvais_type(f, chemin, champ, &v, ""),
        })
    }

    /// A single code, as its position in the list.
    pub fn code(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<usize> {
        self.masque(champ, f, |s, f| match s.rempli(chemin, champ, f)? {
            None => Ok(None),
            Some(Brut::Chaine(t)) => {
                let Genre::Code { nomenclature, .. } = &champ.genre else {
                    return Ok(None);
                };
                let i = nomenclature.index(&t);
                if i.is_none() {
                    let m = verif::message_inconnu(champ, nomenclature, None, &t);
                    s.rejeter(chemin.de(champ.code), CodeConstat::Nomenclature, m);
                }
                Ok(i)
            }
            Some(v) => s.mauvais_type(f, chemin, champ, &v, ""),
        })
    }

    /// A `multiple` code field: positions, sorted, distinct. An unknown
    /// code, a repeated code or a non-string element rejects the whole
    /// value; each element then gets every finding it deserves, in payload
    /// order (`nomenclature`, `valeur_inactive`, `doublon` once per repeated
    /// code, `type`). An accepted value's inactive codes are the checks'.
    pub fn codes(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<Vec<usize>> {
        self.masque(champ, f, |s, f| s.codes_(chemin, champ, f))
    }

    fn codes_(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<Vec<usize>> {
        match f.valeur()? {
            Brut::Null => return Ok(None),
            Brut::Chaine(t) if t.is_empty() => return Ok(None),
            Brut::Tableau => {}
            v => return self.mauvais_type(f, chemin, champ, &v, ""),
        }
        let Genre::Code { nomenclature, .. } = &champ.genre else {
            return self.mauvais_type(f, chemin, champ, &Brut::Tableau, "");
        };
        let (mut index, mut out, mut rejete) = (Vec::new(), Vec::new(), false);
        // Distinct strings seen, and whether each was reported as repeated.
        let mut vus: Vec<(String, bool)> = Vec::new();
        let mut n = 0;
        f.elements(|f, e| {
            n += 1;
            let t = match f.valeur()? {
                Brut::Chaine(t) => t,
                v => {
                    rejete = true;
                    let p = format!(" à l'élément {e}");
                    out.push(verif::constat(
                        chemin,
                        champ,
                        CodeConstat::Type,
                        type_attendu(champ, &v, &p),
                    ));
                    return f.sauter(&v);
                }
            };
            rejete |= match vus.iter_mut().find(|(x, _)| *x == *t) {
                Some((_, signale)) => {
                    if !std::mem::replace(signale, true) {
                        out.push(verif::doublon(chemin, champ, e, &t));
                    }
                    true
                }
                None => {
                    vus.push((t.to_string(), false));
                    match nomenclature.index(&t) {
                        Some(i) => {
                            index.push(i);
                            verif::inactif(&mut out, chemin, champ, nomenclature, i, Some(e));
                            false
                        }
                        None => {
                            let m = verif::message_inconnu(champ, nomenclature, Some(e), &t);
                            out.push(verif::constat(chemin, champ, CodeConstat::Nomenclature, m));
                            true
                        }
                    }
                }
            };
            Ok(())
        })?;
        if n == 0 {
            return Ok(None);
        }
        if rejete {
            for c in out {
                self.rejeter(c.chemin, c.code, c.message);
            }
            return Ok(None);
        }
        index.sort_unstable();
        Ok(Some(index))
    }

    /// A code of a generated enum.
    pub fn code_enum<C: crate::Code>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<C> {
        Ok(self.code(chemin, champ, f)?.and_then(C::depuis_index))
    }

    /// A `multiple` code field of a generated enum.
    pub fn codes_enum<C: crate::Code>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        f: &mut Flux<'_>,
    ) -> Resultat<crate::Codes<C>> {
        Ok(self
            .codes(chemin, champ, f)?
            .map(|index| index.into_iter().filter_map(C::depuis_index).collect()))
    }

    /// The rows of a repeatable block, each read by `ligne` (called on the
    /// row's object, `{` read). A row that is not an object stays as an
    /// empty row, so that row numbers stay those of the payload; its
    /// finding is kept.
    pub fn lignes_de<L: Default>(
        &mut self,
        chemin: &Chemin,
        bloc: &Bloc<'_>,
        f: &mut Flux<'_>,
        mut ligne: impl FnMut(&mut Flux<'_>, &Chemin, &mut Lecteur) -> Result<L, ErreurJson>,
    ) -> Result<Vec<L>, ErreurJson> {
        match f.valeur()? {
            Brut::Null => return Ok(Vec::new()),
            Brut::Tableau => {}
            v => {
                let m = format!(
                    "{} attend un tableau de lignes, reçu {}.",
                    nom(bloc.libelle),
                    v.type_json()
                );
                self.rejeter(chemin.de(bloc.code), CodeConstat::Type, m);
                f.sauter(&v)?;
                return Ok(Vec::new());
            }
        }
        let mut lignes = Vec::new();
        f.elements(|f, i| {
            let c = chemin.ligne(bloc.code, i);
            match f.valeur()? {
                Brut::Objet => lignes.push(ligne(f, &c, self)?),
                e => {
                    let m = format!(
                        "La ligne {i} de {} doit être un objet, reçu {}.",
                        nom(bloc.libelle),
                        e.type_json()
                    );
                    self.rejeter(c.sans_point().to_owned(), CodeConstat::Type, m);
                    f.sauter(&e)?;
                    lignes.push(L::default());
                }
            }
            Ok(())
        })?;
        Ok(lignes)
    }
}

fn masquer(champ: &Champ<'_>, v: &str) -> String {
    if champ.personnel {
        "valeur masquée".to_owned()
    } else {
        v.to_owned()
    }
}

/// Reads a payload as a stream, checks its envelope, and hands its
/// `donnees` object (`{` read) to `lire`: the generated or model-driven walk
/// over the model. No tree is built.
pub fn lire<T>(
    texte: &str,
    campagne: &str,
    modele: &str,
    version: &str,
    lire: impl FnOnce(&mut Flux<'_>, &mut Lecteur) -> Result<T, ErreurJson>,
) -> Result<Lu<T>, ErreurLecture> {
    // A UTF-8 byte order mark may be ignored (RFC 8259 §8.1).
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    let erreur = |e: ErreurJson| ErreurLecture {
        offset: e.offset,
        position: Position::de(texte, e.offset),
        message: e.message,
    };
    let mut lecteur = Lecteur::new();
    let mut lire = Some(lire);
    let mut rapport = None;
    let (mut vu_campagne, mut vu_modele) = (false, false);
    let mut f = Flux::new(texte);
    let attendu = |f: &mut Flux<'_>, attendu: &str, quoi: &str| -> Result<(), ErreurJson> {
        let p = f.position()?;
        match f.valeur()? {
            Brut::Chaine(s) if s == attendu => Ok(()),
            Brut::Chaine(s) => Err(ErreurJson {
                offset: p,
                message: format!("{quoi} « {s} » alors que le modèle attend « {attendu} »"),
            }),
            _ => Err(ErreurJson {
                offset: p,
                message: format!("{quoi} doit être une chaîne"),
            }),
        }
    };
    let debut = f.position().map_err(erreur)?;
    if f.valeur().map_err(erreur)? != Brut::Objet {
        return Err(erreur(ErreurJson {
            offset: debut,
            message: "le payload doit être un objet JSON".into(),
        }));
    }
    let mut vus = Vus::new(3);
    f.membres(|f, cle, pos| {
        match cle {
            "campagne" => {
                vus.connu(0, cle, pos)?;
                vu_campagne = true;
                attendu(f, campagne, "campagne")
            }
            "modele" => {
                vus.connu(1, cle, pos)?;
                vu_modele = true;
                let p = f.position()?;
                if f.valeur()? != Brut::Objet {
                    return Err(ErreurJson { offset: p, message: "« modele » doit être un objet".into() });
                }
                let mut vus_m = Vus::new(2);
                f.membres(|f, cle, pos| match cle {
                    "code" => {
                        vus_m.connu(0, cle, pos)?;
                        attendu(f, modele, "code du modèle")
                    }
                    "version" => {
                        vus_m.connu(1, cle, pos)?;
                        attendu(f, version, "version du modèle")
                    }
                    autre => Err(ErreurJson { offset: pos, message: format!("clé « {autre} » inconnue dans « modele »") }),
                })?;
                for (i, cle) in ["code", "version"].iter().enumerate() {
                    if !vus_m.vu(i) {
                        return Err(ErreurJson { offset: p, message: format!("clé « {cle} » absente de « modele »") });
                    }
                }
                Ok(())
            }
            "donnees" => {
                vus.connu(2, cle, pos)?;
                let p = f.position()?;
                if f.valeur()? != Brut::Objet {
                    return Err(ErreurJson { offset: p, message: "« donnees » doit être un objet".into() });
                }
                if let Some(lire) = lire.take() {
                    rapport = Some(lire(f, &mut lecteur)?);
                }
                Ok(())
            }
            autre => Err(ErreurJson {
                offset: pos,
                message: format!(
                    "clé « {autre} » inconnue : le payload a les clés « campagne », « modele » et « donnees »"
                ),
            }),
        }
    })
    .map_err(erreur)?;
    f.fin().map_err(erreur)?;
    for (vu, cle) in [(vu_campagne, "campagne"), (vu_modele, "modele")] {
        if !vu {
            return Err(erreur(ErreurJson {
                offset: debut,
                message: format!("clé « {cle} » absente du payload"),
            }));
        }
    }
    let Some(rapport) = rapport else {
        return Err(erreur(ErreurJson {
            offset: debut,
            message: "clé « donnees » absente du payload".into(),
        }));
    };
    Ok(Lu {
        rapport,
        rejets: lecteur.finir(),
    })
}

//! A FHIR R4 Questionnaire read as a model (`usager.md`, "Campaign models
//! and the guide's grids as models"): `group` → block (`repeats` →
//! repeatable), `boolean`/`integer`/`decimal`/`string`/`date`/`choice` →
//! field types, `answerOption` codings → a nomenclature (system →
//! `reference`, display → label), `required` → `obligatoire`, an item with
//! sub-items under its answer → a code field and its sub-block
//! ([`ItemBloc`]). `linkId`s stay the codes. Every fault is
//! reported with its place, as for a model file; the model is then checked
//! like any other.

use super::ctx::Ctx;
use super::json::{self, Object, Value};
use super::read::LONGUEUR_CODE_MAX;
use super::source::{CodeProbleme as C, Gravite, segment};
use super::*;
use std::collections::BTreeMap;

const EXT: &str = "http://hl7.org/fhir/StructureDefinition/";

/// Whether a JSON document is a FHIR Questionnaire (`resourceType`).
pub(super) fn est_questionnaire(racine: &Value<'_>) -> bool {
    racine
        .as_object()
        .and_then(|o| o.get_string("resourceType"))
        .is_some_and(|s| s.value == "Questionnaire")
}

/// The code of the suffix of a sub-block: `<linkId>` + this, a string a
/// `linkId` is unlikely to end with (a clash is reported as a duplicate).
pub const SUFFIXE_SOUS_ITEMS: &str = ".item";

/// An option list met on a choice item, before nomenclatures get codes.
struct Options {
    systeme: Option<String>,
    valeurs: Vec<(String, String)>,
    lieu: Lieu,
    /// The linkIds of the items that use it, in order.
    items: Vec<String>,
    /// The first item's text.
    texte: String,
}

/// The reading's state beside the diagnostics.
struct Lecture<'v, 'a> {
    options: Vec<Options>,
    /// `#id` of the contained ValueSets → the ValueSet.
    contenus: BTreeMap<String, (&'v Object<'a>, String)>,
}

fn prop<'v, 'a>(o: &'v Object<'a>, cle: &str) -> Option<&'v Value<'a>> {
    o.get(cle).map(|p| &p.value)
}

fn chaine<'v>(o: &'v Object<'_>, cle: &str) -> Option<&'v str> {
    o.get_string(cle).map(|s| s.value.as_ref())
}

/// The value of the standard extension `nom` of an element (`value[x]`).
fn extension<'v, 'a>(o: &'v Object<'a>, nom: &str) -> Option<(&'v Value<'a>, usize)> {
    let url = format!("{EXT}{nom}");
    let Some(Value::Array(a)) = prop(o, "extension") else {
        return None;
    };
    a.elements.iter().find_map(|e| {
        let e = e.as_object()?;
        if chaine(e, "url")? != url {
            return None;
        }
        let p = e
            .properties
            .iter()
            .find(|p| p.name.as_str().starts_with("value"))?;
        Some((&p.value, p.range.start))
    })
}

fn ptr(base: &str, cle: &str) -> String {
    format!("{base}/{}", segment(cle))
}

impl Ctx<'_> {
    fn faute(&mut self, pointeur: &str, offset: usize, code: C, message: String) {
        self.erreur_a(pointeur, offset, code, message);
    }

    /// The whole Questionnaire as a model (not checked yet).
    pub(super) fn questionnaire(&mut self, racine: &Value<'_>) -> Option<Modele<NonTypee>> {
        let q = racine.as_object()?;
        let mut l = Lecture {
            options: Vec::new(),
            contenus: BTreeMap::new(),
        };
        if let Some(Value::Array(a)) = prop(q, "contained") {
            for (i, c) in a.elements.iter().enumerate() {
                if let Some(o) = c.as_object()
                    && chaine(o, "resourceType") == Some("ValueSet")
                    && let Some(id) = chaine(o, "id")
                {
                    l.contenus
                        .insert(format!("#{id}"), (o, format!("/contained/{i}")));
                }
            }
        }
        let version = match prop(q, "version") {
            Some(Value::StringLit(s)) => s.value.to_string(),
            _ => {
                self.faute(
                    "",
                    q.range.start,
                    C::CleManquante,
                    "le Questionnaire n'a pas de « version » (chaîne) : elle fait la version du modèle"
                        .into(),
                );
                String::new()
            }
        };
        let code = self.code_questionnaire(q);
        let titre = chaine(q, "title").map(str::to_owned);
        let libelle = titre.clone().unwrap_or_else(|| code.clone());
        // A person's Questionnaire unless it says it is about a structure
        // (what `sidoba questionnaire` writes for a structure-level model).
        let niveau = match prop(q, "subjectType") {
            Some(Value::Array(a))
                if a.elements
                    .iter()
                    .any(|e| matches!(e, Value::StringLit(s) if s.value == "Organization")) =>
            {
                Niveau::Structure
            }
            _ => Niveau::Usager,
        };
        self.contraintes_ignorees(q);
        let items = match prop(q, "item") {
            Some(Value::Array(a)) if !a.elements.is_empty() => &a.elements[..],
            Some(Value::Array(a)) => {
                self.faute(
                    "/item",
                    a.range.start,
                    C::TableauVide,
                    "« item » ne peut pas être vide".into(),
                );
                &[]
            }
            Some(v) => {
                self.faute(
                    "/item",
                    json::debut(v),
                    C::TypeJson,
                    "« item » doit être un tableau d'items".into(),
                );
                &[]
            }
            None => {
                self.faute(
                    "",
                    q.range.start,
                    C::CleManquante,
                    "clé obligatoire « item » absente du Questionnaire".into(),
                );
                &[]
            }
        };
        self.blocs_lus = true;
        // Top-level items that are not groups go into one block named after
        // the Questionnaire (a block only groups: the payload is the same).
        let mut blocs = Vec::new();
        let mut racine_bloc: Option<Bloc> = None;
        for (i, it) in items.iter().enumerate() {
            let p = format!("/item/{i}");
            match self.item(&mut l, it, p, 1) {
                Some(Element::Bloc(b)) => blocs.push(b),
                Some(Element::Champ(c, sous)) => {
                    let r = racine_bloc.get_or_insert_with(|| Bloc {
                        code: chaine(q, "name")
                            .or_else(|| chaine(q, "id"))
                            .unwrap_or(&code)
                            .to_owned(),
                        libelle: libelle.clone(),
                        description: chaine(q, "description").map(str::to_owned),
                        repetable: false,
                        min_lignes: None,
                        max_lignes: None,
                        champs: Vec::new(),
                        blocs: Vec::new(),
                        lieu: Lieu {
                            pointeur: String::new(),
                            offset: q.range.start,
                        },
                        item: ItemBloc::Racine,
                    });
                    r.champs.push(c);
                    r.blocs.extend(sous);
                }
                None => {}
            }
        }
        if let Some(r) = racine_bloc {
            self.cles.push((r.code.clone(), r.lieu.clone()));
            blocs.insert(0, r);
        }
        let nomenclatures = nommer(&mut blocs, l.options);
        Some(Modele {
            campagne: Campagne {
                id: code.clone(),
                libelle: libelle.clone(),
                module: "QUESTIONNAIRE".into(),
                annee: None,
                date_ouverture: None,
                date_cloture: None,
            },
            identite: Identite {
                code,
                version,
                niveau,
                libelle: titre,
            },
            nomenclatures,
            blocs,
            regles: Vec::new(),
            sha256: self.source.sha256.clone(),
        })
    }

    /// The model's code: the last segment of `url` (without `|version`,
    /// percent-decoded), else `id`.
    fn code_questionnaire(&mut self, q: &Object<'_>) -> String {
        let depuis_url = chaine(q, "url").and_then(|u| {
            let u = u.split('|').next().unwrap_or(u);
            let dernier = u.rsplit('/').next().filter(|s| !s.is_empty())?;
            percent_encoding::percent_decode_str(dernier)
                .decode_utf8()
                .ok()
                .map(|c| c.into_owned())
        });
        match depuis_url.or_else(|| chaine(q, "id").map(str::to_owned)) {
            Some(c) if c.chars().count() <= LONGUEUR_CODE_MAX => c,
            Some(c) => {
                self.faute(
                    "/url",
                    q.range.start,
                    C::CodeTropLong,
                    format!(
                        "le code tiré de « url » dépasse {LONGUEUR_CODE_MAX} caractères ({})",
                        c.chars().count()
                    ),
                );
                c
            }
            None => {
                self.faute(
                    "",
                    q.range.start,
                    C::CleManquante,
                    "le Questionnaire n'a ni « url » ni « id » : l'un d'eux fait le code du modèle"
                        .into(),
                );
                String::new()
            }
        }
    }

    /// FHIRPath constraints are not rules of the model: said once each.
    fn contraintes_ignorees(&mut self, q: &Object<'_>) {
        let Some(Value::Array(a)) = prop(q, "extension") else {
            return;
        };
        for (i, e) in a.elements.iter().enumerate() {
            let Some(o) = e.as_object() else { continue };
            if chaine(o, "url") == Some(&format!("{EXT}questionnaire-constraint")) {
                let d = self.source.diagnostic(
                    C::CleInconnue,
                    Gravite::Avertissement,
                    &format!("/extension/{i}"),
                    o.range.start,
                    "contrainte « questionnaire-constraint » ignorée : le modèle lu d'un \
                     Questionnaire n'a pas de règles (écrivez-les dans un modèle WS02)"
                        .into(),
                );
                self.pousser(d);
            }
        }
    }

    fn item(
        &mut self,
        l: &mut Lecture<'_, '_>,
        v: &Value<'_>,
        p: String,
        profondeur: usize,
    ) -> Option<Element> {
        let Some(o) = v.as_object() else {
            self.faute(
                &p,
                json::debut(v),
                C::TypeJson,
                "un item doit être un objet".into(),
            );
            return None;
        };
        let lieu = Lieu {
            pointeur: p.clone(),
            offset: o.range.start,
        };
        let link_id = match o.get_string("linkId") {
            Some(s) if s.value.is_empty() => {
                self.faute(
                    &ptr(&p, "linkId"),
                    s.range.start,
                    C::CodeVide,
                    "« linkId » ne peut pas être vide".into(),
                );
                None
            }
            Some(s) if s.value.chars().count() > LONGUEUR_CODE_MAX => {
                self.faute(
                    &ptr(&p, "linkId"),
                    s.range.start,
                    C::CodeTropLong,
                    format!(
                        "« linkId » dépasse {LONGUEUR_CODE_MAX} caractères ({})",
                        s.value.chars().count()
                    ),
                );
                Some(s.value.to_string())
            }
            Some(s) => Some(s.value.to_string()),
            None => {
                self.faute(
                    &p,
                    o.range.start,
                    C::CleManquante,
                    "clé obligatoire « linkId » absente".into(),
                );
                None
            }
        };
        let type_ = chaine(o, "type").unwrap_or("");
        if type_ == "display" {
            return None;
        }
        let code = link_id.unwrap_or_default();
        self.cles.push((code.clone(), lieu.clone()));
        if profondeur == super::read::PROFONDEUR_BLOCS_MAX + 1 {
            self.faute(
                &p,
                o.range.start,
                C::ProfondeurBlocs,
                format!(
                    "les items sont imbriqués sur plus de {} niveaux",
                    super::read::PROFONDEUR_BLOCS_MAX
                ),
            );
        }
        let libelle = chaine(o, "text").unwrap_or(&code).to_owned();
        let repete = matches!(prop(o, "repeats"), Some(Value::BooleanLit(b)) if b.value);
        let off_repete = o
            .get("repeats")
            .map_or(o.range.start, |r| json::debut(&r.value));
        // A condition on another answer is not in the model: its item would
        // be asked (and, `required`, demanded) every time.
        if let Some(e) = o.get("enableWhen") {
            let d = self.source.diagnostic(
                C::CleInconnue,
                Gravite::Avertissement,
                &ptr(&p, "enableWhen"),
                e.range.start,
                format!(
                    "« enableWhen » ignoré : le modèle n'a pas de condition, « {code} » est toujours demandé"
                ),
            );
            self.pousser(d);
        }
        let enfants = match prop(o, "item") {
            Some(Value::Array(a)) => &a.elements[..],
            _ => &[],
        };
        let mut champs = Vec::new();
        let mut blocs = Vec::new();
        for (i, e) in enfants.iter().enumerate() {
            match self.item(l, e, format!("{p}/item/{i}"), profondeur + 1) {
                Some(Element::Bloc(b)) => blocs.push(b),
                Some(Element::Champ(c, sous)) => {
                    champs.push(c);
                    blocs.extend(sous);
                }
                None => {}
            }
        }
        if type_ == "group" {
            if champs.is_empty() && blocs.is_empty() {
                self.faute(
                    &p,
                    o.range.start,
                    C::BlocVide,
                    "un item « group » doit contenir au moins un item".into(),
                );
            }
            let occ = |nom| match extension(o, nom) {
                Some((Value::NumberLit(n), _)) => n.value.parse::<u64>().ok(),
                _ => None,
            };
            return Some(Element::Bloc(Bloc {
                code,
                libelle,
                description: None,
                repetable: repete,
                min_lignes: occ("questionnaire-minOccurs").filter(|_| repete),
                max_lignes: occ("questionnaire-maxOccurs").filter(|_| repete),
                champs,
                blocs,
                lieu,
                item: ItemBloc::Groupe,
            }));
        }
        let t = self.type_item(l, o, &p, type_, &code, repete)?;
        if repete && !matches!(t, TypeChamp::Code { .. }) {
            self.faute(
                &ptr(&p, "repeats"),
                off_repete,
                C::ValeurInconnue,
                format!("« repeats » n'est pris en charge que sur un item « group » ou « choice », pas « {type_} »"),
            );
        }
        let sous = if champs.is_empty() && blocs.is_empty() {
            None
        } else {
            if repete {
                self.faute(
                    &ptr(&p, "repeats"),
                    off_repete,
                    C::ValeurInconnue,
                    "un item répété ne peut pas porter de sous-items (non pris en charge)".into(),
                );
            }
            let code_bloc = format!("{code}{SUFFIXE_SOUS_ITEMS}");
            self.cles.push((code_bloc.clone(), lieu.clone()));
            Some(Bloc {
                code: code_bloc,
                libelle: libelle.clone(),
                description: None,
                repetable: false,
                min_lignes: None,
                max_lignes: None,
                champs,
                blocs,
                lieu: lieu.clone(),
                item: ItemBloc::SousItems(code.clone()),
            })
        };
        let unite = match extension(o, "questionnaire-unit") {
            Some((Value::Object(c), _)) => chaine(c, "display")
                .or_else(|| chaine(c, "code"))
                .map(str::to_owned),
            _ => None,
        };
        let obligatoire = matches!(prop(o, "required"), Some(Value::BooleanLit(b)) if b.value);
        Some(Element::Champ(
            Champ {
                code,
                libelle,
                description: None,
                type_: t,
                obligatoire,
                unite,
                donnee_personnelle: false,
                deprecie: false,
                role: None,
                lieu,
            },
            sous,
        ))
    }

    fn type_item(
        &mut self,
        l: &mut Lecture<'_, '_>,
        o: &Object<'_>,
        p: &str,
        type_: &str,
        code: &str,
        repete: bool,
    ) -> Option<TypeChamp> {
        let entier = |nom| match extension(o, nom) {
            Some((Value::NumberLit(n), _)) => n.value.parse::<i64>().ok(),
            _ => None,
        };
        let naturel = |v: Option<&Value<'_>>| match v {
            Some(Value::NumberLit(n)) => n.value.parse::<u64>().ok(),
            _ => None,
        };
        let date = |nom| match extension(o, nom) {
            Some((Value::StringLit(s), _)) => s.value.parse::<Date>().ok(),
            _ => None,
        };
        let decimal = |nom| match extension(o, nom) {
            Some((Value::NumberLit(n), _)) => {
                sidoba::__private_v1::decimal::lire_scientifique(n.value)
            }
            _ => None,
        };
        Some(match type_ {
            "boolean" => TypeChamp::Booleen,
            // A FHIR integer is 32-bit: the bounds say so, so that the
            // Bundle writer keeps `valueInteger`.
            "integer" => TypeChamp::Entier {
                min: entier("minValue").or(Some(i64::from(i32::MIN))),
                max: entier("maxValue").or(Some(i64::from(i32::MAX))),
            },
            // FHIR sets no scale: 9 places, the most a model allows.
            "decimal" => TypeChamp::Decimal {
                decimales: match extension(o, "maxDecimalPlaces") {
                    Some((Value::NumberLit(n), _)) => {
                        n.value.parse::<u32>().ok().filter(|d| *d <= 9).unwrap_or(9)
                    }
                    _ => 9,
                },
                min: decimal("minValue"),
                max: decimal("maxValue"),
            },
            "string" | "text" => {
                let motif = match extension(o, "regex") {
                    Some((Value::StringLit(s), off)) => {
                        let m = s.value.to_string();
                        // What `sidoba questionnaire` writes: `^(?:motif)$`.
                        let m = m
                            .strip_prefix("^(?:")
                            .and_then(|r| r.strip_suffix(")$"))
                            .map_or(m.clone(), str::to_owned);
                        if let Err((_, raison)) = super::motif::verifier(&m) {
                            self.faute(
                                p,
                                off,
                                C::MotifInvalide,
                                format!("expression régulière invalide : {raison}"),
                            );
                        }
                        Some(m)
                    }
                    _ => None,
                };
                TypeChamp::Texte {
                    longueur_min: extension(o, "minLength").and_then(|(v, _)| naturel(Some(v))),
                    longueur_max: naturel(prop(o, "maxLength")),
                    motif,
                }
            }
            "date" => TypeChamp::Date {
                min: date("minValue"),
                max: date("maxValue"),
            },
            "choice" => {
                let index = self.options(l, o, p, code)?;
                TypeChamp::Code {
                    nomenclature: format!("\u{0}{index}"),
                    multiple: repete,
                }
            }
            autre => {
                let off = o
                    .get("type")
                    .map_or(o.range.start, |t| json::debut(&t.value));
                self.faute(
                    &ptr(p, "type"),
                    off,
                    C::ValeurInconnue,
                    format!(
                        "type d'item « {autre} » non pris en charge : group, boolean, integer, decimal, string, text, date, choice (ou display, ignoré)"
                    ),
                );
                return None;
            }
        })
    }

    /// A choice item's options (`answerOption`, or a contained ValueSet
    /// named by `answerValueSet`), shared with identical lists met before.
    fn options(
        &mut self,
        l: &mut Lecture<'_, '_>,
        o: &Object<'_>,
        p: &str,
        code: &str,
    ) -> Option<usize> {
        let mut systemes = Vec::new();
        let mut valeurs = Vec::new();
        if let Some(Value::Array(a)) = prop(o, "answerOption") {
            for (i, opt) in a.elements.iter().enumerate() {
                let po = format!("{p}/answerOption/{i}");
                let oo = opt.as_object();
                match (oo.and_then(|x| x.get_object("valueCoding")), oo.and_then(|x| x.get_string("valueString"))) {
                    (Some(c), _) if chaine(c, "code").is_some() => {
                        let cd = chaine(c, "code").unwrap_or_default().to_owned();
                        systemes.push(chaine(c, "system").map(str::to_owned));
                        valeurs.push((cd.clone(), chaine(c, "display").unwrap_or(&cd).to_owned()));
                    }
                    (_, Some(s)) => {
                        systemes.push(None);
                        valeurs.push((s.value.to_string(), s.value.to_string()));
                    }
                    _ => self.faute(
                        &po,
                        json::debut(opt),
                        C::TypeJson,
                        "option non prise en charge : « valueCoding » (avec « code ») ou « valueString » attendu".into(),
                    ),
                }
            }
        } else if let Some(vs) = chaine(o, "answerValueSet") {
            let Some((v, pv)) = l.contenus.get(vs) else {
                let off = o
                    .get("answerValueSet")
                    .map_or(o.range.start, |x| json::debut(&x.value));
                self.faute(
                    &ptr(p, "answerValueSet"),
                    off,
                    C::NomenclatureInconnue,
                    format!("« answerValueSet » {vs} : seul un ValueSet contenu dans le Questionnaire (« #id ») est lu ; donnez les options en « answerOption »"),
                );
                return None;
            };
            let pv = pv.clone();
            let include = v
                .get_object("compose")
                .and_then(|c| c.get_array("include"))
                .map(|a| &a.elements[..])
                .unwrap_or(&[]);
            for inc in include.iter().filter_map(Value::as_object) {
                let systeme = chaine(inc, "system").map(str::to_owned);
                for c in inc
                    .get_array("concept")
                    .map(|a| &a.elements[..])
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(Value::as_object)
                {
                    if let Some(cd) = chaine(c, "code") {
                        systemes.push(systeme.clone());
                        valeurs
                            .push((cd.to_owned(), chaine(c, "display").unwrap_or(cd).to_owned()));
                    }
                }
            }
            if valeurs.is_empty() {
                self.faute(
                    &pv,
                    v.range.start,
                    C::TableauVide,
                    format!("le ValueSet {vs} n'énumère aucun « concept »"),
                );
                return None;
            }
        }
        if valeurs.is_empty() {
            self.faute(
                p,
                o.range.start,
                C::CleManquante,
                format!("l'item « choice » « {code} » n'a pas d'options (« answerOption »)"),
            );
            return None;
        }
        systemes.dedup();
        if systemes.len() > 1 {
            self.faute(
                &ptr(p, "answerOption"),
                o.range.start,
                C::ValeurInconnue,
                format!("les options de « {code} » viennent de plusieurs systèmes de codes : une nomenclature n'en a qu'un"),
            );
        }
        let systeme = systemes.pop().flatten();
        if let Some(i) = l
            .options
            .iter()
            .position(|x| x.systeme == systeme && x.valeurs == valeurs)
        {
            l.options[i].items.push(code.to_owned());
            return Some(i);
        }
        l.options.push(Options {
            systeme,
            valeurs,
            lieu: Lieu {
                pointeur: ptr(p, "answerOption"),
                offset: o.range.start,
            },
            items: vec![code.to_owned()],
            texte: chaine(o, "text").unwrap_or(code).to_owned(),
        });
        Some(l.options.len() - 1)
    }
}

enum Element {
    Bloc(Bloc),
    /// A field, and the block of the items under its answer.
    Champ(Champ, Option<Bloc>),
}

/// Gives each option list a nomenclature code and points the fields at it:
/// the item's `linkId` when one item uses it; when several share it (AGGIR's
/// fifteen variables), the last segment of its system (`icf`), else the
/// first `linkId`.
fn nommer(blocs: &mut [Bloc], options: Vec<Options>) -> Vec<Nomenclature> {
    let mut codes: Vec<String> = Vec::new();
    for o in &options {
        let segment = o
            .systeme
            .as_deref()
            .and_then(|s| s.rsplit(['/', ':']).next())
            .filter(|s| !s.is_empty());
        let code = match segment {
            Some(s)
                if o.items.len() > 1
                    && !codes.iter().any(|c| c == s)
                    && !options
                        .iter()
                        .any(|x| x.items.len() == 1 && x.items[0] == s) =>
            {
                s.to_owned()
            }
            _ => o.items[0].clone(),
        };
        codes.push(code);
    }
    fn pointer(b: &mut Bloc, codes: &[String]) {
        for c in &mut b.champs {
            if let TypeChamp::Code { nomenclature, .. } = &mut c.type_
                && let Some(i) = nomenclature
                    .strip_prefix('\u{0}')
                    .and_then(|i| i.parse::<usize>().ok())
                && let Some(c) = codes.get(i)
            {
                *nomenclature = c.clone();
            }
        }
        b.blocs.iter_mut().for_each(|sb| pointer(sb, codes));
    }
    blocs.iter_mut().for_each(|b| pointer(b, &codes));
    options
        .into_iter()
        .zip(codes)
        .map(|(o, code)| Nomenclature {
            libelle: match o.items.len() {
                1 => format!("Options de « {} »", o.texte),
                n => format!("Options de « {} » et de {} autres items", o.texte, n - 1),
            },
            code,
            reference: o.systeme,
            valeurs: o
                .valeurs
                .into_iter()
                .map(|(code, libelle)| Valeur {
                    code,
                    libelle,
                    actif: true,
                    lieu: o.lieu.clone(),
                })
                .collect(),
            lieu: o.lieu,
        })
        .collect()
}

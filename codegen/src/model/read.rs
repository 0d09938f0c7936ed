//! JSON → model, collecting every problem of the file in one pass.

use super::ctx::Ctx;
use super::json::{self, Object, Value};
use super::source::{CodeProbleme as C, Diagnostic, Gravite, Source, segment};
use super::*;

/// Longest code the format allows, in characters.
pub const LONGUEUR_CODE_MAX: usize = 128;
/// Deepest block nesting the format allows.
pub const PROFONDEUR_BLOCS_MAX: usize = 8;

/// Reads and checks a model. On success, the warnings (unknown keys); on
/// failure, every error and warning, in file order.
pub fn charger(
    source: &Source,
    strict: bool,
) -> Result<(Modele, Vec<Diagnostic>), Vec<Diagnostic>> {
    let racine = match json::analyser(&source.texte) {
        Ok(v) => v,
        Err(e) => {
            return Err(vec![source.diagnostic(
                C::JsonInvalide,
                Gravite::Erreur,
                "",
                e.offset,
                e.message,
            )]);
        }
    };
    let mut ctx = Ctx::new(source, strict);
    // A FHIR Questionnaire is read into the same model (usager.md).
    let lu = if super::questionnaire::est_questionnaire(&racine) {
        ctx.questionnaire(&racine)
    } else {
        ctx.modele(&racine)
    };
    let modele = lu.and_then(|m| super::check::verifier(m, &mut ctx));
    ctx.diags.sort_by(|a, b| {
        (a.position.ligne, a.position.colonne, a.gravite).cmp(&(
            b.position.ligne,
            b.position.colonne,
            b.gravite,
        ))
    });
    match modele {
        Some(m) if !ctx.diags.iter().any(|d| d.gravite == Gravite::Erreur) => Ok((m, ctx.diags)),
        _ => Err(ctx.diags),
    }
}

/// An object being read, with its pointer.
struct Obj<'v, 'a> {
    o: &'v Object<'a>,
    ptr: String,
}

impl<'v, 'a> Obj<'v, 'a> {
    fn get(&self, cle: &str) -> Option<&'v Value<'a>> {
        self.o
            .properties
            .iter()
            .find(|p| p.name.as_str() == cle)
            .map(|p| &p.value)
    }

    fn ptr(&self, cle: &str) -> String {
        format!("{}/{}", self.ptr, segment(cle))
    }
}

impl<'s> Ctx<'s> {
    /// An error on the value of `cle` in `o` (at the object if absent).
    fn erreur_cle(&mut self, o: &Obj<'_, '_>, cle: &str, code: C, message: String) {
        let off = o.get(cle).map_or(o.o.range.start, json::debut);
        self.erreur_a(&o.ptr(cle), off, code, message);
    }

    fn objet<'v, 'a>(
        &mut self,
        v: &'v Value<'a>,
        ptr: String,
        quoi: &str,
        cles: &[&str],
    ) -> Option<Obj<'v, 'a>> {
        let Value::Object(o) = v else {
            self.erreur_a(
                &ptr,
                json::debut(v),
                C::TypeJson,
                format!("{quoi} doit être un objet, pas {}", decrire(v)),
            );
            return None;
        };
        for p in &o.properties {
            let nom = p.name.as_str();
            if !cles.contains(&nom) {
                let g = if self.strict {
                    Gravite::Erreur
                } else {
                    Gravite::Avertissement
                };
                let proches = sidoba::__private_v1::proches::suggestion(nom, cles.iter().copied());
                let d = self.source.diagnostic(
                    C::CleInconnue,
                    g,
                    &format!("{ptr}/{}", segment(nom)),
                    p.range.start,
                    format!("clé « {nom} » inconnue dans {quoi}{proches}"),
                );
                self.diags.push(d);
            }
        }
        Some(Obj { o, ptr })
    }

    /// A key's value; a missing required key is an error at the object.
    fn valeur<'v, 'a>(
        &mut self,
        o: &Obj<'v, 'a>,
        cle: &str,
        requis: bool,
    ) -> Option<&'v Value<'a>> {
        match o.get(cle) {
            Some(Value::NullKeyword(_)) if !requis => None,
            Some(v) => Some(v),
            None => {
                if requis {
                    self.erreur_a(
                        &o.ptr,
                        o.o.range.start,
                        C::CleManquante,
                        format!("clé obligatoire « {cle} » absente"),
                    );
                }
                None
            }
        }
    }

    fn type_faux(&mut self, o: &Obj<'_, '_>, cle: &str, v: &Value<'_>, attendu: &str) {
        self.erreur_a(
            &o.ptr(cle),
            json::debut(v),
            C::TypeJson,
            format!("« {cle} » doit être {attendu}, pas {}", decrire(v)),
        );
    }

    fn chaine(&mut self, o: &Obj<'_, '_>, cle: &str, requis: bool) -> Option<String> {
        match self.valeur(o, cle, requis)? {
            Value::StringLit(s) => Some(s.value.to_string()),
            v => {
                self.type_faux(o, cle, v, "une chaîne");
                None
            }
        }
    }

    /// A code: a non-empty string of at most 128 characters.
    fn code(&mut self, o: &Obj<'_, '_>, cle: &str) -> Option<String> {
        let c = self.chaine(o, cle, true)?;
        if c.is_empty() {
            self.erreur_cle(
                o,
                cle,
                C::CodeVide,
                format!("« {cle} » ne peut pas être vide"),
            );
        } else if c.chars().count() > LONGUEUR_CODE_MAX {
            self.erreur_cle(
                o,
                cle,
                C::CodeTropLong,
                format!(
                    "« {cle} » {} dépasse {LONGUEUR_CODE_MAX} caractères ({})",
                    citer(&c),
                    c.chars().count()
                ),
            );
        }
        Some(c)
    }

    fn booleen(&mut self, o: &Obj<'_, '_>, cle: &str) -> Option<bool> {
        match self.valeur(o, cle, false)? {
            Value::BooleanLit(b) => Some(b.value),
            v => {
                self.type_faux(o, cle, v, "un booléen");
                None
            }
        }
    }

    /// An integer key; `code` is the kind of problem when the number is not
    /// a plain integer of the signed 64-bit range.
    fn entier(&mut self, o: &Obj<'_, '_>, cle: &str, code: C) -> Option<i64> {
        let v = self.valeur(o, cle, false)?;
        let Value::NumberLit(n) = v else {
            self.type_faux(o, cle, v, "un entier");
            return None;
        };
        let raison = if n.value.contains(['e', 'E']) {
            Some("exposant non permis")
        } else if n.value.contains('.') {
            Some("partie décimale non permise")
        } else {
            None
        };
        if let Some(raison) = raison {
            let texte = tronquer(n.value);
            self.erreur_cle(
                o,
                cle,
                code,
                format!("« {cle} » doit être un entier, pas {texte} : {raison}"),
            );
            return None;
        }
        match n.value.parse::<i64>() {
            Ok(i) => Some(i),
            Err(_) => {
                let texte = tronquer(n.value);
                self.erreur_cle(
                    o,
                    cle,
                    code,
                    format!(
                        "« {cle} » = {texte} ne tient pas dans un entier signé 64 bits \
                         ({} à {})",
                        i64::MIN,
                        i64::MAX
                    ),
                );
                None
            }
        }
    }

    /// A count or length: an integer, not negative (`negatif`: the kind of
    /// problem when it is).
    fn naturel(&mut self, o: &Obj<'_, '_>, cle: &str, negatif: C) -> Option<u64> {
        let i = self.entier(o, cle, C::EntierInvalide)?;
        match u64::try_from(i) {
            Ok(n) => Some(n),
            Err(_) => {
                self.erreur_cle(
                    o,
                    cle,
                    negatif,
                    format!("« {cle} » ne peut pas être négatif ({i})"),
                );
                None
            }
        }
    }

    fn decimal(&mut self, o: &Obj<'_, '_>, cle: &str) -> Option<Decimal> {
        let v = self.valeur(o, cle, false)?;
        let Value::NumberLit(n) = v else {
            self.type_faux(o, cle, v, "un nombre");
            return None;
        };
        let d = sidoba::__private_v1::decimal::lire_scientifique(n.value);
        if d.is_none() {
            let texte = tronquer(n.value);
            self.erreur_cle(
                o,
                cle,
                C::BorneHorsType,
                format!("« {cle} » = {texte} n'est pas représentable exactement (28 chiffres significatifs au plus)"),
            );
        }
        d
    }

    /// A date key; `code` is the kind of problem when it is no date.
    fn date(&mut self, o: &Obj<'_, '_>, cle: &str, code: C) -> Option<Date> {
        let v = self.valeur(o, cle, false)?;
        let Value::StringLit(s) = v else {
            self.type_faux(o, cle, v, "une date « AAAA-MM-JJ »");
            return None;
        };
        match s.value.parse() {
            Ok(d) => Some(d),
            Err(_) => {
                let texte = citer(&s.value);
                self.erreur_a(
                    &o.ptr(cle),
                    s.range.start,
                    code,
                    format!("« {cle} » : {texte} n'est pas une date AAAA-MM-JJ existante"),
                );
                None
            }
        }
    }

    fn tableau<'v, 'a>(
        &mut self,
        o: &Obj<'v, 'a>,
        cle: &str,
        requis: bool,
    ) -> Option<&'v [Value<'a>]> {
        match self.valeur(o, cle, requis)? {
            Value::Array(a) => Some(&a.elements),
            v => {
                self.type_faux(o, cle, v, "un tableau");
                None
            }
        }
    }

    fn lieu(o: &Obj<'_, '_>) -> Lieu {
        Lieu {
            pointeur: o.ptr.clone(),
            offset: o.o.range.start,
        }
    }

    /// The whole model. Parts that could not be read are replaced by
    /// placeholders (their errors are recorded, so such a model is never
    /// returned): the cross checks still run on everything else.
    fn modele(&mut self, racine: &Value<'_>) -> Option<Modele<NonTypee>> {
        let o = self.objet(
            racine,
            String::new(),
            "le modèle",
            &["campagne", "modele", "nomenclatures", "blocs", "regles"],
        )?;
        let campagne = self
            .valeur(&o, "campagne", true)
            .and_then(|v| self.campagne(v, o.ptr("campagne")));
        let identite = self
            .valeur(&o, "modele", true)
            .and_then(|v| self.identite(v, o.ptr("modele")));
        let nomenclatures = self.liste(&o, "nomenclatures", false, Ctx::nomenclature);
        let blocs = self.liste(&o, "blocs", true, |c, v, p| c.bloc(v, p, 1));
        self.blocs_lus = blocs.is_some();
        if let Some(Value::Array(a)) = o.get("blocs")
            && a.elements.is_empty()
        {
            self.erreur_cle(
                &o,
                "blocs",
                C::TableauVide,
                "« blocs » ne peut pas être vide".into(),
            );
        }
        let regles = self.liste(&o, "regles", false, Ctx::regle);
        Some(Modele {
            campagne: campagne.unwrap_or_else(|| Campagne {
                id: String::new(),
                libelle: String::new(),
                module: String::new(),
                annee: None,
                date_ouverture: None,
                date_cloture: None,
            }),
            identite: identite.unwrap_or_else(|| Identite {
                code: String::new(),
                version: String::new(),
                niveau: Niveau::Structure,
                libelle: None,
            }),
            nomenclatures: nomenclatures.unwrap_or_default(),
            blocs: blocs.unwrap_or_default(),
            regles: regles.unwrap_or_default(),
            sha256: self.source.sha256.clone(),
        })
    }

    /// An array of elements read by `lire`; elements that fail are left out
    /// (their errors are recorded), so later checks see what could be read.
    fn liste<T>(
        &mut self,
        o: &Obj<'_, '_>,
        cle: &str,
        requis: bool,
        mut lire: impl FnMut(&mut Self, &Value<'_>, String) -> Option<T>,
    ) -> Option<Vec<T>> {
        let elements = self.tableau(o, cle, requis)?;
        let base = o.ptr(cle);
        Some(
            elements
                .iter()
                .enumerate()
                .filter_map(|(i, v)| lire(self, v, format!("{base}/{i}")))
                .collect(),
        )
    }

    fn campagne(&mut self, v: &Value<'_>, ptr: String) -> Option<Campagne> {
        let cles = [
            "id",
            "libelle",
            "module",
            "annee",
            "dateOuverture",
            "dateCloture",
        ];
        let o = self.objet(v, ptr, "« campagne »", &cles)?;
        let id = self.code(&o, "id");
        let libelle = self.chaine(&o, "libelle", true);
        let module = self.chaine(&o, "module", true);
        let annee = self.entier(&o, "annee", C::EntierInvalide);
        let date_ouverture = self.date(&o, "dateOuverture", C::DateInvalide);
        let date_cloture = self.date(&o, "dateCloture", C::DateInvalide);
        if let (Some(a), Some(b)) = (date_ouverture, date_cloture)
            && a > b
        {
            self.erreur_cle(
                &o,
                "dateCloture",
                C::BornesInversees,
                format!("la date de clôture {b} précède la date d'ouverture {a}"),
            );
        }
        Some(Campagne {
            id: id.unwrap_or_default(),
            libelle: libelle.unwrap_or_default(),
            module: module.unwrap_or_default(),
            annee,
            date_ouverture,
            date_cloture,
        })
    }

    fn identite(&mut self, v: &Value<'_>, ptr: String) -> Option<Identite> {
        let o = self.objet(
            v,
            ptr,
            "« modele »",
            &["code", "version", "niveau", "libelle"],
        )?;
        let code = self.code(&o, "code");
        let version = self.chaine(&o, "version", true);
        let niveau = match self.chaine(&o, "niveau", true).as_deref() {
            Some("structure") => Some(Niveau::Structure),
            Some("usager") => Some(Niveau::Usager),
            Some(autre) => {
                self.erreur_cle(
                    &o,
                    "niveau",
                    C::ValeurInconnue,
                    format!(
                        "« niveau » vaut {} : « structure » ou « usager » attendu",
                        citer(autre)
                    ),
                );
                None
            }
            None => None,
        };
        let libelle = self.chaine(&o, "libelle", false);
        Some(Identite {
            code: code.unwrap_or_default(),
            version: version.unwrap_or_default(),
            niveau: niveau.unwrap_or(Niveau::Structure),
            libelle,
        })
    }

    fn nomenclature(&mut self, v: &Value<'_>, ptr: String) -> Option<Nomenclature> {
        let o = self.objet(
            v,
            ptr,
            "une nomenclature",
            &["code", "libelle", "reference", "valeurs"],
        )?;
        let code = self.code(&o, "code");
        let libelle = self.chaine(&o, "libelle", true);
        let reference = self.chaine(&o, "reference", false);
        let valeurs = self.liste(&o, "valeurs", true, Ctx::valeur_code);
        if let Some(Value::Array(a)) = o.get("valeurs")
            && a.elements.is_empty()
        {
            self.erreur_a(
                &o.ptr("valeurs"),
                a.range.start,
                C::TableauVide,
                "« valeurs » ne peut pas être vide".into(),
            );
        }
        Some(Nomenclature {
            code: code?,
            libelle: libelle.unwrap_or_default(),
            reference,
            valeurs: valeurs.unwrap_or_default(),
            lieu: Ctx::lieu(&o),
        })
    }

    fn valeur_code(&mut self, v: &Value<'_>, ptr: String) -> Option<Valeur> {
        let o = self.objet(
            v,
            ptr,
            "une valeur de nomenclature",
            &["code", "libelle", "actif"],
        )?;
        let code = self.code(&o, "code");
        let libelle = self.chaine(&o, "libelle", true);
        let actif = self.booleen(&o, "actif").unwrap_or(true);
        Some(Valeur {
            code: code?,
            libelle: libelle.unwrap_or_default(),
            actif,
            lieu: Ctx::lieu(&o),
        })
    }

    fn bloc(&mut self, v: &Value<'_>, ptr: String, profondeur: usize) -> Option<Bloc> {
        let cles = [
            "code",
            "libelle",
            "description",
            "repetable",
            "minLignes",
            "maxLignes",
            "champs",
            "blocs",
        ];
        let o = self.objet(v, ptr, "un bloc", &cles)?;
        // Reported once, where the limit is crossed; the content is still
        // read, so that its own problems are reported too.
        if profondeur == PROFONDEUR_BLOCS_MAX + 1 {
            self.erreur_a(
                &o.ptr,
                o.o.range.start,
                C::ProfondeurBlocs,
                format!("les blocs sont imbriqués sur plus de {PROFONDEUR_BLOCS_MAX} niveaux"),
            );
        }
        let code = self.code(&o, "code");
        if let Some(c) = &code {
            self.cles.push((c.clone(), Ctx::lieu(&o)));
        }
        let libelle = self.chaine(&o, "libelle", true);
        let description = self.chaine(&o, "description", false);
        let repetable = self.booleen(&o, "repetable").unwrap_or(false);
        let min_lignes = self.naturel(&o, "minLignes", C::ValeurNegative);
        let max_lignes = self.naturel(&o, "maxLignes", C::ValeurNegative);
        if !repetable {
            for cle in ["minLignes", "maxLignes"] {
                if o.get(cle)
                    .is_some_and(|v| !matches!(v, Value::NullKeyword(_)))
                {
                    self.erreur_cle(
                        &o,
                        cle,
                        C::LignesHorsRepetable,
                        format!("« {cle} » n'a de sens que sur un bloc répétable"),
                    );
                }
            }
        }
        if let (Some(a), Some(b)) = (min_lignes, max_lignes)
            && a > b
        {
            self.erreur_cle(
                &o,
                "minLignes",
                C::BornesInversees,
                format!("« minLignes » ({a}) dépasse « maxLignes » ({b})"),
            );
        }
        let champs = self
            .liste(&o, "champs", false, Ctx::champ)
            .unwrap_or_default();
        let blocs = self
            .liste(&o, "blocs", false, |c, v, p| c.bloc(v, p, profondeur + 1))
            .unwrap_or_default();
        // Absent and null are the same; a key of the wrong type was
        // reported already.
        let vide = |cle| match o.get(cle) {
            None | Some(Value::NullKeyword(_)) => true,
            Some(Value::Array(a)) => a.elements.is_empty(),
            Some(_) => false,
        };
        if vide("champs") && vide("blocs") {
            self.erreur_a(
                &o.ptr,
                o.o.range.start,
                C::BlocVide,
                "un bloc doit contenir au moins un champ ou un bloc".into(),
            );
        }
        Some(Bloc {
            code: code.unwrap_or_default(),
            libelle: libelle.unwrap_or_default(),
            description,
            repetable,
            min_lignes: min_lignes.filter(|_| repetable),
            max_lignes: max_lignes.filter(|_| repetable),
            champs,
            blocs,
            lieu: Ctx::lieu(&o),
            item: ItemBloc::Groupe,
        })
    }

    fn champ(&mut self, v: &Value<'_>, ptr: String) -> Option<Champ> {
        const COMMUNES: [&str; 10] = [
            "code",
            "libelle",
            "description",
            "type",
            "obligatoire",
            "unite",
            "donneePersonnelle",
            "deprecie",
            "role",
            "",
        ];
        let propres: &[&str] = match v
            .as_object()
            .and_then(|o| o.get_string("type"))
            .map(|s| s.value.as_ref())
        {
            Some("entier") | Some("date") => &["min", "max"],
            Some("decimal") => &["decimales", "min", "max"],
            Some("texte") => &["longueurMin", "longueurMax", "motif"],
            Some("code") => &["nomenclature", "multiple"],
            _ => &[],
        };
        let cles: Vec<&str> = COMMUNES[..9].iter().chain(propres).copied().collect();
        let o = self.objet(v, ptr, "un champ", &cles)?;
        let code = self.code(&o, "code");
        if let Some(c) = &code {
            self.cles.push((c.clone(), Ctx::lieu(&o)));
        }
        let libelle = self.chaine(&o, "libelle", true);
        let description = self.chaine(&o, "description", false);
        let obligatoire = self.booleen(&o, "obligatoire").unwrap_or(false);
        let unite = self.chaine(&o, "unite", false);
        let donnee_personnelle = self.booleen(&o, "donneePersonnelle").unwrap_or(false);
        let deprecie = self.booleen(&o, "deprecie").unwrap_or(false);
        let type_ = self.type_champ(&o);
        let role = self.chaine(&o, "role", false).and_then(|r| {
            let off = o.get("role").map_or(o.o.range.start, json::debut);
            self.role(&r, &o.ptr("role"), off, type_.as_ref())
        });
        Some(Champ {
            code: code.unwrap_or_default(),
            libelle: libelle.unwrap_or_default(),
            description,
            type_: type_?,
            obligatoire,
            unite,
            donnee_personnelle,
            deprecie,
            role,
            lieu: Ctx::lieu(&o),
        })
    }

    fn bornes<T: PartialOrd + std::fmt::Display>(
        &mut self,
        o: &Obj<'_, '_>,
        min: &Option<T>,
        max: &Option<T>,
    ) {
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            self.erreur_cle(
                o,
                "min",
                C::BornesInversees,
                format!("« min » ({a}) est supérieur à « max » ({b})"),
            );
        }
    }

    fn type_champ(&mut self, o: &Obj<'_, '_>) -> Option<TypeChamp> {
        let nom = self.chaine(o, "type", true)?;
        let t = match nom.as_str() {
            "entier" => {
                let min = self.entier(o, "min", C::BorneHorsType);
                let max = self.entier(o, "max", C::BorneHorsType);
                self.bornes(o, &min, &max);
                TypeChamp::Entier { min, max }
            }
            "decimal" => self.type_decimal(o)?,
            "texte" => {
                let longueur_min = self.naturel(o, "longueurMin", C::ValeurNegative);
                let longueur_max = self.naturel(o, "longueurMax", C::ValeurNegative);
                if let (Some(a), Some(b)) = (longueur_min, longueur_max)
                    && a > b
                {
                    self.erreur_cle(
                        o,
                        "longueurMin",
                        C::BornesInversees,
                        format!("« longueurMin » ({a}) dépasse « longueurMax » ({b})"),
                    );
                }
                let motif = self.chaine(o, "motif", false);
                if motif.is_some() {
                    self.verifier_motif(o);
                }
                TypeChamp::Texte {
                    longueur_min,
                    longueur_max,
                    motif,
                }
            }
            "booleen" => TypeChamp::Booleen,
            "date" => {
                let min = self.date(o, "min", C::BorneHorsType);
                let max = self.date(o, "max", C::BorneHorsType);
                self.bornes(o, &min, &max);
                TypeChamp::Date { min, max }
            }
            "code" => {
                let nomenclature = self.code(o, "nomenclature");
                let multiple = self.booleen(o, "multiple").unwrap_or(false);
                TypeChamp::Code {
                    nomenclature: nomenclature?,
                    multiple,
                }
            }
            autre => {
                let types = ["entier", "decimal", "texte", "booleen", "date", "code"];
                self.erreur_cle(
                    o,
                    "type",
                    C::ValeurInconnue,
                    format!(
                        "type {} inconnu : {}{}",
                        citer(autre),
                        types.join(", "),
                        sidoba::__private_v1::proches::suggestion(autre, types)
                    ),
                );
                return None;
            }
        };
        Some(t)
    }

    fn type_decimal(&mut self, o: &Obj<'_, '_>) -> Option<TypeChamp> {
        let decimales = self.naturel(o, "decimales", C::DecimalesHorsPlage);
        match o.get("decimales") {
            None => self.erreur_a(
                &o.ptr,
                o.o.range.start,
                C::CleManquante,
                "un champ « decimal » doit préciser « decimales » (0 à 9)".into(),
            ),
            // Required: null does not stand for a default here.
            Some(v @ Value::NullKeyword(_)) => self.type_faux(o, "decimales", v, "un entier"),
            Some(_) => {}
        }
        let decimales = match decimales {
            Some(d) if d <= 9 => Some(d as u32),
            Some(d) => {
                self.erreur_cle(
                    o,
                    "decimales",
                    C::DecimalesHorsPlage,
                    format!("« decimales » vaut {d} : de 0 à 9"),
                );
                None
            }
            None => None,
        };
        let (min, max) = (self.decimal(o, "min"), self.decimal(o, "max"));
        self.bornes(o, &min, &max);
        if let Some(d) = decimales {
            for (cle, b) in [("min", &min), ("max", &max)] {
                // Counted on the value: trailing zeros and exponents
                // (`2.50`, `25e-1`) do not add digits.
                let Some(b) = b else { continue };
                let n = sidoba::__private_v1::verif::decimales_significatives(b);
                if n > d {
                    let texte = o
                        .get(cle)
                        .and_then(Value::as_number_lit)
                        .map_or(String::new(), |n| tronquer(n.value));
                    self.erreur_cle(
                        o,
                        cle,
                        C::BorneTropDeDecimales,
                        format!(
                            "« {cle} » = {texte} a {n} chiffre(s) après la virgule, « decimales » en permet {d}"
                        ),
                    );
                }
            }
        }
        // Unreadable `decimales` were reported: 0 keeps the field for the
        // cross checks.
        Some(TypeChamp::Decimal {
            decimales: decimales.unwrap_or(0),
            min,
            max,
        })
    }

    /// A `motif` must be a regular expression by itself (not only once
    /// anchored: `a)|(b` is not one, though `^(?:a)|(b)$` would compile).
    /// A syntax fault is shown at its place in the file.
    fn verifier_motif(&mut self, o: &Obj<'_, '_>) {
        let Some(Value::StringLit(s)) = o.get("motif") else {
            return;
        };
        let Err((offset, raison)) = super::motif::verifier(&s.value) else {
            return;
        };
        let debut = s.range.start + 1;
        let off = offset.map_or(s.range.start, |i| {
            json::offset_dans_chaine(&self.source.texte, debut, i)
        });
        self.erreur_a(
            &o.ptr("motif"),
            off,
            C::MotifInvalide,
            format!("« motif » n'est pas une expression régulière valide : {raison}"),
        );
    }

    fn regle(&mut self, v: &Value<'_>, ptr: String) -> Option<Regle<NonTypee>> {
        let cles = [
            "code",
            "libelle",
            "message",
            "severite",
            "expression",
            "bloc",
        ];
        let o = self.objet(v, ptr, "une règle", &cles)?;
        let code = self.code(&o, "code");
        let libelle = self.chaine(&o, "libelle", false);
        let message = self.chaine(&o, "message", true);
        let severite = match self.chaine(&o, "severite", true).as_deref() {
            Some("bloquante") => Some(sidoba::Severite::Bloquante),
            Some("avertissement") => Some(sidoba::Severite::Avertissement),
            Some(autre) => {
                self.erreur_cle(
                    &o,
                    "severite",
                    C::ValeurInconnue,
                    format!(
                        "« severite » vaut {} : « bloquante » ou « avertissement » attendu",
                        citer(autre)
                    ),
                );
                None
            }
            None => None,
        };
        let expression = self.chaine(&o, "expression", true);
        let debut_expression = o.get("expression").map_or(0, |v| json::debut(v) + 1);
        let bloc = self.chaine(&o, "bloc", false);
        let bloc_lu = bloc.is_some() || matches!(o.get("bloc"), None | Some(Value::NullKeyword(_)));
        self.regles_lisibles.push(expression.is_some() && bloc_lu);
        Some(Regle {
            code: code.unwrap_or_default(),
            libelle,
            message: message.unwrap_or_default(),
            severite: severite.unwrap_or(sidoba::Severite::Bloquante),
            expression: expression.unwrap_or_default(),
            bloc,
            lieu: Ctx::lieu(&o),
            debut_expression,
            typee: NonTypee,
        })
    }
}

/// A JSON value as a message names it: short scalars quoted, long ones cut.
fn decrire(v: &Value<'_>) -> String {
    match v {
        Value::StringLit(s) => format!("la chaîne {}", citer(&s.value)),
        Value::NumberLit(n) => format!("le nombre {}", tronquer(n.value)),
        Value::BooleanLit(b) => format!("le booléen {}", b.value),
        Value::Object(_) => "un objet".into(),
        Value::Array(_) => "un tableau".into(),
        Value::NullKeyword(_) => "null".into(),
    }
}

/// Longest piece of a value quoted in a message, in characters.
const CITATION_MAX: usize = 40;

/// A string as JSON writes it (quotes, escapes), cut when long. Models hold
/// no personal data, so their values may be quoted.
pub(super) fn citer(texte: &str) -> String {
    let coupe = tronquer(texte);
    serde_json::to_string(&coupe).unwrap_or_default()
}

/// At most [`CITATION_MAX`] characters, `…` marking a cut.
fn tronquer(texte: &str) -> String {
    if texte.chars().count() <= CITATION_MAX {
        return texte.to_owned();
    }
    let mut t: String = texte.chars().take(CITATION_MAX - 1).collect();
    t.push('…');
    t
}

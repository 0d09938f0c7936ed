//! JSON → model, collecting every problem of the file in one pass.

use super::source::{Diagnostic, Gravite, Source, segment};
use super::*;
use sidoba::json::{self, Object, Value};

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
                Gravite::Erreur,
                "",
                e.offset,
                e.message,
            )]);
        }
    };
    let mut ctx = Ctx {
        source,
        diags: Vec::new(),
        strict,
        cles: Vec::new(),
    };
    let modele = ctx
        .modele(&racine)
        .and_then(|m| super::check::verifier(m, &mut ctx));
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

/// The reading context: where diagnostics go.
pub(super) struct Ctx<'s> {
    source: &'s Source,
    diags: Vec<Diagnostic>,
    strict: bool,
    /// Codes of every block and field met, even those whose element could
    /// not be read whole, so that duplicates are reported in the same run.
    pub(super) cles: Vec<(String, Lieu)>,
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
    pub(super) fn erreur(&mut self, lieu: &Lieu, message: String) {
        self.erreur_a(&lieu.pointeur, lieu.offset, message);
    }

    pub(super) fn erreur_a(&mut self, pointeur: &str, offset: usize, message: String) {
        self.diags.push(
            self.source
                .diagnostic(Gravite::Erreur, pointeur, offset, message),
        );
    }

    pub(super) fn pousser(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    pub(super) fn source(&self) -> &Source {
        self.source
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
                format!("{quoi} doit être un objet, pas {}", json::type_json(v)),
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
                let proches = sidoba::proches::suggestion(nom, cles.iter().copied());
                let d = self.source.diagnostic(
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
            format!("« {cle} » doit être {attendu}, pas {}", json::type_json(v)),
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
        let offset = o.get(cle).map_or(0, json::debut);
        if c.is_empty() {
            self.erreur_a(
                &o.ptr(cle),
                offset,
                format!("« {cle} » ne peut pas être vide"),
            );
        } else if c.chars().count() > LONGUEUR_CODE_MAX {
            self.erreur_a(
                &o.ptr(cle),
                offset,
                format!(
                    "« {cle} » dépasse {LONGUEUR_CODE_MAX} caractères ({})",
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

    fn entier(&mut self, o: &Obj<'_, '_>, cle: &str) -> Option<i64> {
        let v = self.valeur(o, cle, false)?;
        let Value::NumberLit(n) = v else {
            self.type_faux(o, cle, v, "un entier");
            return None;
        };
        if n.value.contains(['.', 'e', 'E']) {
            self.erreur_a(
                &o.ptr(cle),
                n.range.start,
                format!("« {cle} » doit être un entier, pas {}", n.value),
            );
            return None;
        }
        match n.value.parse::<i64>() {
            Ok(i) => Some(i),
            Err(_) => {
                self.erreur_a(
                    &o.ptr(cle),
                    n.range.start,
                    format!(
                        "« {cle} » = {} ne tient pas dans un entier signé 64 bits",
                        n.value
                    ),
                );
                None
            }
        }
    }

    fn naturel(&mut self, o: &Obj<'_, '_>, cle: &str) -> Option<u64> {
        let i = self.entier(o, cle)?;
        match u64::try_from(i) {
            Ok(n) => Some(n),
            Err(_) => {
                let off = o.get(cle).map_or(0, json::debut);
                self.erreur_a(
                    &o.ptr(cle),
                    off,
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
        let d = sidoba::decimal::lire_scientifique(n.value);
        if d.is_none() {
            self.erreur_a(
                &o.ptr(cle),
                n.range.start,
                format!("« {cle} » = {} n'est pas représentable exactement (28 chiffres significatifs au plus)", n.value),
            );
        }
        d
    }

    fn date(&mut self, o: &Obj<'_, '_>, cle: &str) -> Option<Date> {
        let v = self.valeur(o, cle, false)?;
        let Value::StringLit(s) = v else {
            self.type_faux(o, cle, v, "une date « AAAA-MM-JJ »");
            return None;
        };
        match s.value.parse() {
            Ok(d) => Some(d),
            Err(e) => {
                self.erreur_a(&o.ptr(cle), s.range.start, format!("« {cle} » : {e}"));
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
        if let (Some(b), Some(v)) = (&blocs, o.get("blocs"))
            && b.is_empty()
            && matches!(v, Value::Array(a) if a.elements.is_empty())
        {
            self.erreur_a(
                &o.ptr("blocs"),
                json::debut(v),
                "« blocs » ne peut pas être vide".into(),
            );
        }
        let regles = self.liste(&o, "regles", false, Ctx::regle);
        Some(Modele {
            campagne: campagne?,
            identite: identite?,
            nomenclatures: nomenclatures.unwrap_or_default(),
            blocs: blocs?,
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
        let annee = self.entier(&o, "annee");
        let date_ouverture = self.date(&o, "dateOuverture");
        let date_cloture = self.date(&o, "dateCloture");
        if let (Some(a), Some(b)) = (date_ouverture, date_cloture)
            && a > b
        {
            let off = o.get("dateCloture").map_or(0, json::debut);
            self.erreur_a(
                &o.ptr("dateCloture"),
                off,
                format!("la date de clôture {b} précède la date d'ouverture {a}"),
            );
        }
        Some(Campagne {
            id: id?,
            libelle: libelle?,
            module: module?,
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
                let off = o.get("niveau").map_or(0, json::debut);
                self.erreur_a(
                    &o.ptr("niveau"),
                    off,
                    format!("« niveau » vaut « {autre} » : « structure » ou « usager » attendu"),
                );
                None
            }
            None => None,
        };
        let libelle = self.chaine(&o, "libelle", false);
        Some(Identite {
            code: code?,
            version: version?,
            niveau: niveau?,
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
                "« valeurs » ne peut pas être vide".into(),
            );
        }
        Some(Nomenclature {
            code: code?,
            libelle: libelle?,
            reference,
            valeurs: valeurs?,
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
            libelle: libelle?,
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
        if profondeur > PROFONDEUR_BLOCS_MAX {
            self.erreur_a(
                &o.ptr,
                o.o.range.start,
                format!("les blocs sont imbriqués sur plus de {PROFONDEUR_BLOCS_MAX} niveaux"),
            );
            return None;
        }
        let code = self.code(&o, "code");
        if let Some(c) = &code {
            self.cles.push((c.clone(), Ctx::lieu(&o)));
        }
        let libelle = self.chaine(&o, "libelle", true);
        let description = self.chaine(&o, "description", false);
        let repetable = self.booleen(&o, "repetable").unwrap_or(false);
        let min_lignes = self.naturel(&o, "minLignes");
        let max_lignes = self.naturel(&o, "maxLignes");
        if !repetable {
            for cle in ["minLignes", "maxLignes"] {
                if let Some(v) = o.get(cle).filter(|v| !matches!(v, Value::NullKeyword(_))) {
                    self.erreur_a(
                        &o.ptr(cle),
                        json::debut(v),
                        format!("« {cle} » n'a de sens que sur un bloc répétable"),
                    );
                }
            }
        }
        if let (Some(a), Some(b)) = (min_lignes, max_lignes)
            && a > b
        {
            let off = o.get("minLignes").map_or(0, json::debut);
            self.erreur_a(
                &o.ptr("minLignes"),
                off,
                format!("« minLignes » ({a}) dépasse « maxLignes » ({b})"),
            );
        }
        let champs = self
            .liste(&o, "champs", false, Ctx::champ)
            .unwrap_or_default();
        let blocs = self
            .liste(&o, "blocs", false, |c, v, p| c.bloc(v, p, profondeur + 1))
            .unwrap_or_default();
        let vide = |cle| {
            o.get(cle)
                .is_none_or(|v| matches!(v, Value::Array(a) if a.elements.is_empty()))
        };
        if vide("champs") && vide("blocs") {
            self.erreur_a(
                &o.ptr,
                o.o.range.start,
                "un bloc doit contenir au moins un champ ou un bloc".into(),
            );
        }
        Some(Bloc {
            code: code?,
            libelle: libelle?,
            description,
            repetable,
            min_lignes: min_lignes.filter(|_| repetable),
            max_lignes: max_lignes.filter(|_| repetable),
            champs,
            blocs,
            lieu: Ctx::lieu(&o),
        })
    }

    fn champ(&mut self, v: &Value<'_>, ptr: String) -> Option<Champ> {
        const COMMUNES: [&str; 9] = [
            "code",
            "libelle",
            "description",
            "type",
            "obligatoire",
            "unite",
            "donneePersonnelle",
            "deprecie",
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
        let cles: Vec<&str> = COMMUNES[..8].iter().chain(propres).copied().collect();
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
        Some(Champ {
            code: code?,
            libelle: libelle?,
            description,
            type_: type_?,
            obligatoire,
            unite,
            donnee_personnelle,
            deprecie,
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
            let off = o.get("min").map_or(0, json::debut);
            self.erreur_a(
                &o.ptr("min"),
                off,
                format!("« min » ({a}) est supérieur à « max » ({b})"),
            );
        }
    }

    fn type_champ(&mut self, o: &Obj<'_, '_>) -> Option<TypeChamp> {
        let nom = self.chaine(o, "type", true)?;
        let t = match nom.as_str() {
            "entier" => {
                let (min, max) = (self.entier(o, "min"), self.entier(o, "max"));
                self.bornes(o, &min, &max);
                TypeChamp::Entier { min, max }
            }
            "decimal" => {
                let decimales = self.naturel(o, "decimales");
                if o.get("decimales").is_none() {
                    self.erreur_a(
                        &o.ptr,
                        o.o.range.start,
                        "un champ « decimal » doit préciser « decimales » (0 à 9)".into(),
                    );
                }
                let decimales = match decimales {
                    Some(d) if d <= 9 => Some(d as u32),
                    Some(d) => {
                        let off = o.get("decimales").map_or(0, json::debut);
                        self.erreur_a(
                            &o.ptr("decimales"),
                            off,
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
                        if let Some(b) =
                            b.filter(|b| sidoba::verif::decimales_significatives(b) > d)
                        {
                            let off = o.get(cle).map_or(0, json::debut);
                            self.erreur_a(
                                &o.ptr(cle),
                                off,
                                format!("« {cle} » ({b}) a plus de {d} décimale(s)"),
                            );
                        }
                    }
                }
                TypeChamp::Decimal {
                    decimales: decimales?,
                    min,
                    max,
                }
            }
            "texte" => {
                let (longueur_min, longueur_max) = (
                    self.naturel(o, "longueurMin"),
                    self.naturel(o, "longueurMax"),
                );
                if let (Some(a), Some(b)) = (longueur_min, longueur_max)
                    && a > b
                {
                    let off = o.get("longueurMin").map_or(0, json::debut);
                    self.erreur_a(
                        &o.ptr("longueurMin"),
                        off,
                        format!("« longueurMin » ({a}) dépasse « longueurMax » ({b})"),
                    );
                }
                let motif = self.chaine(o, "motif", false);
                if let Some(m) = &motif
                    && let Err(e) = sidoba::descripteur::Motif::compiler(m)
                {
                    let off = o.get("motif").map_or(0, json::debut);
                    let raison = e
                        .to_string()
                        .lines()
                        .last()
                        .unwrap_or_default()
                        .trim()
                        .to_owned();
                    self.erreur_a(
                        &o.ptr("motif"),
                        off,
                        format!("« motif » n'est pas une expression régulière valide : {raison}"),
                    );
                }
                TypeChamp::Texte {
                    longueur_min,
                    longueur_max,
                    motif,
                }
            }
            "booleen" => TypeChamp::Booleen,
            "date" => {
                let (min, max) = (self.date(o, "min"), self.date(o, "max"));
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
                let off = o.get("type").map_or(0, json::debut);
                let types = ["entier", "decimal", "texte", "booleen", "date", "code"];
                self.erreur_a(
                    &o.ptr("type"),
                    off,
                    format!(
                        "type « {autre} » inconnu : {}{}",
                        types.join(", "),
                        sidoba::proches::suggestion(autre, types)
                    ),
                );
                return None;
            }
        };
        Some(t)
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
                let off = o.get("severite").map_or(0, json::debut);
                self.erreur_a(
                    &o.ptr("severite"),
                    off,
                    format!(
                        "« severite » vaut « {autre} » : « bloquante » ou « avertissement » attendu"
                    ),
                );
                None
            }
            None => None,
        };
        let expression = self.chaine(&o, "expression", true);
        let debut_expression = o.get("expression").map_or(0, |v| json::debut(v) + 1);
        let bloc = self.chaine(&o, "bloc", false);
        Some(Regle {
            code: code?,
            libelle,
            message: message?,
            severite: severite?,
            expression: expression?,
            bloc,
            lieu: Ctx::lieu(&o),
            debut_expression,
            typee: NonTypee,
        })
    }
}

// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Évaluation de la situation SSIAD : modèle tddui-questionnaire-situation-ssiad version 2.3.0 (campagne tddui-questionnaire-situation-ssiad).
// SHA-256 du fichier du modèle : af6cd4c610e40e12c043787d2d9b119030dd55c0be7f0502677d09f10421fd95
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "tddui-questionnaire-situation-ssiad";
/// Code du modèle.
pub const MODELE: &str = "tddui-questionnaire-situation-ssiad";
/// Version du modèle.
pub const VERSION: &str = "2.3.0";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "af6cd4c610e40e12c043787d2d9b119030dd55c0be7f0502677d09f10421fd95";
/// Rapport « Évaluation de la situation SSIAD » (campagne tddui-questionnaire-situation-ssiad).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Incontinence urinaire, sans précision** (incontinence).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub incontinence: Option<bool>,
    /// **Incontinence des matières fécales** (incontinence-fec).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub incontinence_fec: Option<bool>,
    /// **Obésité, sans précision** (obesite).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub obesite: Option<bool>,
    /// **Trouble cognitif léger** (trouble-cognitif).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub trouble_cognitif: Option<bool>,
    /// **Trouble de la personnalité et du comportement chez l'adulte, sans précision** (trouble-personnalite).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub trouble_personnalite: Option<bool>,
    /// **Soins IDE pour escarres et autres plaies chroniques** (soins-ide).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub soins_ide: Option<bool>,
    /// **Prise en charge IDE du diabète insulinotraité** (prise-charge-ide).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub prise_charge_ide: Option<bool>,
    /// **Aucun de ces motifs** (aucun-motif).
    ///
    /// - Bloc : Évaluation de la situation SSIAD (tddui-questionnaire-situation-ssiad).
    /// - Type : booléen.
    /// - Facultatif.
    pub aucun_motif: Option<bool>,
}
impl Rapport {
    /// Remplit un rapport à partir de structs qui dérivent `SidobaReport`.
    pub fn builder() -> sidoba::derive::Constructeur<Rapport> {
        sidoba::derive::Constructeur::new()
    }
    /// Le payload WS05, refusé tant qu'il reste un constat bloquant
    /// (les avertissements ne bloquent pas).
    pub fn payload(&self) -> Result<String, sidoba::Constats> {
        let constats = self.valider();
        if constats.valide() {
            Ok(self.payload_sans_validation())
        } else {
            Err(constats)
        }
    }
    /// Le payload WS05 tel quel, sans le valider.
    pub fn payload_sans_validation(&self) -> String {
        __prive::ecriture::enveloppe(CAMPAGNE, MODELE, VERSION, |o| {
            __prive::table::ecrire(self, o)
        })
    }
    /// Lit un payload WS05. Les valeurs qui ne peuvent être prises
    /// (mauvais type JSON, code ou clé inconnus) sont gardées comme
    /// constats dans `rejets`, pour `valider_avec` ; seul un payload
    /// qui n'est pas du JSON ou qui est d'un autre modèle est une erreur.
    pub fn lire(payload: &str) -> Result<sidoba::Lu<Rapport>, sidoba::ErreurLecture> {
        __prive::lecture::lire(payload, CAMPAGNE, MODELE, VERSION, |f, l| {
            let racine = __prive::verif::Chemin::racine();
            __prive::table::lire_objet(f, &racine, l)
        })
    }
    /// Lit un payload WS05 en refusant toute valeur qu'il ne peut prendre.
    pub fn depuis_payload(payload: &str) -> Result<Rapport, sidoba::ErreurPayload> {
        Ok(Self::lire(payload)?.strict()?)
    }
    /// Tous les constats : contraintes des champs dans l'ordre du modèle, puis les règles.
    pub fn valider(&self) -> sidoba::Constats {
        self.valider_avec(&sidoba::Rejets::default())
    }
    /// De même, avec les constats faits à la lecture d'un payload,
    /// placés là où se trouvent leurs champs.
    pub fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        let mut v = __prive::verif::Verificateur::new(rejets);
        __prive::table::verifier(self, &mut v);
        v.inconnus();
        sidoba::Constats(v.finir())
    }
    /// Lit et valide un payload, comme le fait `sidoba validate`.
    pub fn valider_payload(payload: &str) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
        let lu = Self::lire(payload)?;
        Ok(lu.rapport.valider_avec(&lu.rejets))
    }
}

/// L'index des codes que lit `#[derive(SidobaReport)]` (chaque code connu donne le rang de son membre).
#[doc(hidden)]
#[macro_export]
#[rustfmt::skip]
macro_rules! __sidoba_index_af6cd4c610e40e12 {
    ("incontinence" $($f:tt)*) => {0};
    ("incontinence-fec" $($f:tt)*) => {1};
    ("obesite" $($f:tt)*) => {2};
    ("trouble-cognitif" $($f:tt)*) => {3};
    ("trouble-personnalite" $($f:tt)*) => {4};
    ("soins-ide" $($f:tt)*) => {5};
    ("prise-charge-ide" $($f:tt)*) => {6};
    ("aucun-motif" $($f:tt)*) => {7};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_af6cd4c610e40e12 as Rapport;

/// La plomberie du module : tables des champs, clés et accès typés lus par la crate d'exécution.
#[doc(hidden)]
mod __sidoba {
    use super::*;
    // Some of them are unused in a given model.
    #[allow(unused_imports)]
    use __prive::table::{
        booleen, champ, code, date, dec, decimal, entier, lignes, regle_lignes, regle_rapport, texte, ymd,
    };

    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("incontinence", "incontinence", "Incontinence urinaire, sans précision", false, false, booleen()),
        champ("incontinence_fec", "incontinence-fec", "Incontinence des matières fécales", false, false, booleen()),
        champ("obesite", "obesite", "Obésité, sans précision", false, false, booleen()),
        champ("trouble_cognitif", "trouble-cognitif", "Trouble cognitif léger", false, false, booleen()),
        champ("trouble_personnalite", "trouble-personnalite", "Trouble de la personnalité et du comportement chez l'adulte, sans précision", false, false, booleen()),
        champ("soins_ide", "soins-ide", "Soins IDE pour escarres et autres plaies chroniques", false, false, booleen()),
        champ("prise_charge_ide", "prise-charge-ide", "Prise en charge IDE du diabète insulinotraité", false, false, booleen()),
        champ("aucun_motif", "aucun-motif", "Aucun de ces motifs", false, false, booleen()),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("tddui-questionnaire-situation-ssiad", "Évaluation de la situation SSIAD"),
            P::Membres(8),
            P::Fermer,
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "tddui-questionnaire-situation-ssiad 2.3.0";
        const BLOCS: &'static [&'static str] = &["tddui-questionnaire-situation-ssiad"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<8>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("aucun-motif", 7),
            ("incontinence", 0),
            ("incontinence-fec", 1),
            ("obesite", 2),
            ("prise-charge-ide", 6),
            ("soins-ide", 5),
            ("trouble-cognitif", 3),
            ("trouble-personnalite", 4),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ incontinence: bool,
        1 champ incontinence_fec: bool,
        2 champ obesite: bool,
        3 champ trouble_cognitif: bool,
        4 champ trouble_personnalite: bool,
        5 champ soins_ide: bool,
        6 champ prise_charge_ide: bool,
        7 champ aucun_motif: bool,
    }
    impl __prive::derive::Rapport for Rapport {
        fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
            Rapport::valider_avec(self, rejets)
        }
        fn payload_sans_validation(&self) -> String {
            Rapport::payload_sans_validation(self)
        }
    }
    impl sidoba::usager::RapportUsager for Rapport {
        const CAMPAGNE: &'static str = CAMPAGNE;
        const CODE: &'static str = MODELE;
        const VERSION: &'static str = VERSION;
    }
}

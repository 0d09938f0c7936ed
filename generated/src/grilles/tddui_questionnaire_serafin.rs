// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Évaluation SERAFIN : modèle tddui-questionnaire-serafin version 2.3.0 (campagne tddui-questionnaire-serafin).
// SHA-256 du fichier du modèle : d11b79c392cd38a357eb3bf3dec3cf2aeef622ad3b4a61e526e8916a6ecbd5d7
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "tddui-questionnaire-serafin";
/// Code du modèle.
pub const MODELE: &str = "tddui-questionnaire-serafin";
/// Version du modèle.
pub const VERSION: &str = "2.3.0";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "d11b79c392cd38a357eb3bf3dec3cf2aeef622ad3b4a61e526e8916a6ecbd5d7";
/// Rapport « Évaluation SERAFIN » (campagne tddui-questionnaire-serafin).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Évaluation SERAFIN (tddui-questionnaire-serafin)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Besoins** (besoin-serafin).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_serafin: Option<i32>,
    /// **Besoins en matière de santé somatique ou psychique** (besoin-sante-som-psy).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_sante_som_psy: Option<i32>,
    /// **Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux** (besoin-fonc-ment).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_fonc_ment: Option<i32>,
    /// **Besoins en matière de fonctions sensorielles** (besoin-fonc-sensorielle).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_fonc_sensorielle: Option<i32>,
    /// **Besoins en matière de douleur** (besoin-douleur).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_douleur: Option<i32>,
    /// **Besoins relatifs à la voix, à la parole et à l'appareil bucco-dentaire** (besoin-voix).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_voix: Option<i32>,
    /// **Besoins en matière de fonctions cardio-vasculaire, hématopoïétique, immunitaire et respiratoire** (besoin-cardio-vasc).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_cardio_vasc: Option<i32>,
    /// **Besoins en matière de fonctions digestive, métabolique et endocrinienne** (besoin-dig).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_dig: Option<i32>,
    /// **Besoins en matière de fonctions génito-urinaire et reproductive** (besoin-genito-uri).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_genito_uri: Option<i32>,
    /// **Besoins en matière de fonctions locomotrices** (besoin-loco-mot).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_loco_mot: Option<i32>,
    /// **Besoins relatifs à la peau et aux structures associées** (besoin-peau).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_peau: Option<i32>,
    /// **Besoins pour entretenir et prendre soin de sa santé** (besoin-entretien).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_entretien: Option<i32>,
    /// **Besoins en matière d'autonomie** (besoin-autonomie).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_autonomie: Option<i32>,
    /// **Besoins en lien avec l'entretien personnel** (besoin-entretien-personnel).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_entretien_personnel: Option<i32>,
    /// **Besoins en lien avec les relations et les interactions avec autrui** (besoin-relations).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_relations: Option<i32>,
    /// **Besoins pour la mobilité** (besoin-mobilite).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_mobilite: Option<i32>,
    /// **Besoins pour prendre des décisions adaptées et pour la sécurité** (besoin-decision).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_decision: Option<i32>,
    /// **Besoins pour la participation sociale** (besoin-participation-sociale).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_participation_sociale: Option<i32>,
    /// **Besoins pour accéder aux droits et à la citoyenneté** (besoin-droit-citoyen).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_droit_citoyen: Option<i32>,
    /// **Besoins pour vivre dans un logement et accomplir les activités domestiques** (besoin-logement).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_logement: Option<i32>,
    /// **Besoins pour vivre dans un logement** (besoin-vivre-logement).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_vivre_logement: Option<i32>,
    /// **Besoins pour accomplir les activités domestiques** (besoin-activite-dom).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_activite_dom: Option<i32>,
    /// **Besoins pour l'insertion sociale et professionnelle et pour exercer ses rôles sociaux** (besoin-insertion-sociale).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_insertion_sociale: Option<i32>,
    /// **Besoins en lien avec la vie scolaire et étudiante** (besoin-vie-scolaire).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_vie_scolaire: Option<i32>,
    /// **Besoins en lien avec le travail et l’emploi** (besoin-activite-domestique).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_activite_domestique: Option<i32>,
    /// **Besoins transversaux en matière d'apprentissages** (besoin-apprentissage).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_apprentissage: Option<i32>,
    /// **Besoins pour la vie familiale, la parentalité, la vie affective et sexuelle** (besoin-famille).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_famille: Option<i32>,
    /// **Besoins pour apprendre à être pair-aidant** (besoin-pair-aidant).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_pair_aidant: Option<i32>,
    /// **Besoins pour participer à la vie sociale et se déplacer avec un moyen de transport** (besoin-vie-sociale-moyen-transport).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_vie_sociale_moyen_transport: Option<i32>,
    /// **Besoins pour participer à la vie sociale** (besoin-vie-sociale).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_vie_sociale: Option<i32>,
    /// **Besoins pour se déplacer avec un moyen de transport** (besoin-moyen-transport).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_moyen_transport: Option<i32>,
    /// **Besoins en matière de ressources et d'autosuffisance économique** (besoin-economie).
    ///
    /// - Bloc : Évaluation SERAFIN (tddui-questionnaire-serafin).
    /// - Type : entier, de -2147483648 à 2147483647.
    /// - Facultatif.
    pub besoin_economie: Option<i32>,
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
macro_rules! __sidoba_index_d11b79c392cd38a3 {
    ("besoin-serafin" $($f:tt)*) => {0};
    ("besoin-sante-som-psy" $($f:tt)*) => {1};
    ("besoin-fonc-ment" $($f:tt)*) => {2};
    ("besoin-fonc-sensorielle" $($f:tt)*) => {3};
    ("besoin-douleur" $($f:tt)*) => {4};
    ("besoin-voix" $($f:tt)*) => {5};
    ("besoin-cardio-vasc" $($f:tt)*) => {6};
    ("besoin-dig" $($f:tt)*) => {7};
    ("besoin-genito-uri" $($f:tt)*) => {8};
    ("besoin-loco-mot" $($f:tt)*) => {9};
    ("besoin-peau" $($f:tt)*) => {10};
    ("besoin-entretien" $($f:tt)*) => {11};
    ("besoin-autonomie" $($f:tt)*) => {12};
    ("besoin-entretien-personnel" $($f:tt)*) => {13};
    ("besoin-relations" $($f:tt)*) => {14};
    ("besoin-mobilite" $($f:tt)*) => {15};
    ("besoin-decision" $($f:tt)*) => {16};
    ("besoin-participation-sociale" $($f:tt)*) => {17};
    ("besoin-droit-citoyen" $($f:tt)*) => {18};
    ("besoin-logement" $($f:tt)*) => {19};
    ("besoin-vivre-logement" $($f:tt)*) => {20};
    ("besoin-activite-dom" $($f:tt)*) => {21};
    ("besoin-insertion-sociale" $($f:tt)*) => {22};
    ("besoin-vie-scolaire" $($f:tt)*) => {23};
    ("besoin-activite-domestique" $($f:tt)*) => {24};
    ("besoin-apprentissage" $($f:tt)*) => {25};
    ("besoin-famille" $($f:tt)*) => {26};
    ("besoin-pair-aidant" $($f:tt)*) => {27};
    ("besoin-vie-sociale-moyen-transport" $($f:tt)*) => {28};
    ("besoin-vie-sociale" $($f:tt)*) => {29};
    ("besoin-moyen-transport" $($f:tt)*) => {30};
    ("besoin-economie" $($f:tt)*) => {31};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_d11b79c392cd38a3 as Rapport;

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
        champ("besoin_serafin", "besoin-serafin", "Besoins", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_sante_som_psy", "besoin-sante-som-psy", "Besoins en matière de santé somatique ou psychique", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_fonc_ment", "besoin-fonc-ment", "Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_fonc_sensorielle", "besoin-fonc-sensorielle", "Besoins en matière de fonctions sensorielles", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_douleur", "besoin-douleur", "Besoins en matière de douleur", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_voix", "besoin-voix", "Besoins relatifs à la voix, à la parole et à l'appareil bucco-dentaire", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_cardio_vasc", "besoin-cardio-vasc", "Besoins en matière de fonctions cardio-vasculaire, hématopoïétique, immunitaire et respiratoire", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_dig", "besoin-dig", "Besoins en matière de fonctions digestive, métabolique et endocrinienne", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_genito_uri", "besoin-genito-uri", "Besoins en matière de fonctions génito-urinaire et reproductive", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_loco_mot", "besoin-loco-mot", "Besoins en matière de fonctions locomotrices", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_peau", "besoin-peau", "Besoins relatifs à la peau et aux structures associées", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_entretien", "besoin-entretien", "Besoins pour entretenir et prendre soin de sa santé", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_autonomie", "besoin-autonomie", "Besoins en matière d'autonomie", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_entretien_personnel", "besoin-entretien-personnel", "Besoins en lien avec l'entretien personnel", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_relations", "besoin-relations", "Besoins en lien avec les relations et les interactions avec autrui", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_mobilite", "besoin-mobilite", "Besoins pour la mobilité", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_decision", "besoin-decision", "Besoins pour prendre des décisions adaptées et pour la sécurité", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_participation_sociale", "besoin-participation-sociale", "Besoins pour la participation sociale", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_droit_citoyen", "besoin-droit-citoyen", "Besoins pour accéder aux droits et à la citoyenneté", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_logement", "besoin-logement", "Besoins pour vivre dans un logement et accomplir les activités domestiques", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_vivre_logement", "besoin-vivre-logement", "Besoins pour vivre dans un logement", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_activite_dom", "besoin-activite-dom", "Besoins pour accomplir les activités domestiques", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_insertion_sociale", "besoin-insertion-sociale", "Besoins pour l'insertion sociale et professionnelle et pour exercer ses rôles sociaux", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_vie_scolaire", "besoin-vie-scolaire", "Besoins en lien avec la vie scolaire et étudiante", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_activite_domestique", "besoin-activite-domestique", "Besoins en lien avec le travail et l’emploi", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_apprentissage", "besoin-apprentissage", "Besoins transversaux en matière d'apprentissages", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_famille", "besoin-famille", "Besoins pour la vie familiale, la parentalité, la vie affective et sexuelle", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_pair_aidant", "besoin-pair-aidant", "Besoins pour apprendre à être pair-aidant", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_vie_sociale_moyen_transport", "besoin-vie-sociale-moyen-transport", "Besoins pour participer à la vie sociale et se déplacer avec un moyen de transport", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_vie_sociale", "besoin-vie-sociale", "Besoins pour participer à la vie sociale", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_moyen_transport", "besoin-moyen-transport", "Besoins pour se déplacer avec un moyen de transport", false, false, entier(Some(-2147483648), Some(2147483647))),
        champ("besoin_economie", "besoin-economie", "Besoins en matière de ressources et d'autosuffisance économique", false, false, entier(Some(-2147483648), Some(2147483647))),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("tddui-questionnaire-serafin", "Évaluation SERAFIN"),
            P::Membres(32),
            P::Fermer,
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "tddui-questionnaire-serafin 2.3.0";
        const BLOCS: &'static [&'static str] = &["tddui-questionnaire-serafin"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<32>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("besoin-activite-dom", 21),
            ("besoin-activite-domestique", 24),
            ("besoin-apprentissage", 25),
            ("besoin-autonomie", 12),
            ("besoin-cardio-vasc", 6),
            ("besoin-decision", 16),
            ("besoin-dig", 7),
            ("besoin-douleur", 4),
            ("besoin-droit-citoyen", 18),
            ("besoin-economie", 31),
            ("besoin-entretien", 11),
            ("besoin-entretien-personnel", 13),
            ("besoin-famille", 26),
            ("besoin-fonc-ment", 2),
            ("besoin-fonc-sensorielle", 3),
            ("besoin-genito-uri", 8),
            ("besoin-insertion-sociale", 22),
            ("besoin-loco-mot", 9),
            ("besoin-logement", 19),
            ("besoin-mobilite", 15),
            ("besoin-moyen-transport", 30),
            ("besoin-pair-aidant", 27),
            ("besoin-participation-sociale", 17),
            ("besoin-peau", 10),
            ("besoin-relations", 14),
            ("besoin-sante-som-psy", 1),
            ("besoin-serafin", 0),
            ("besoin-vie-scolaire", 23),
            ("besoin-vie-sociale", 29),
            ("besoin-vie-sociale-moyen-transport", 28),
            ("besoin-vivre-logement", 20),
            ("besoin-voix", 5),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ besoin_serafin: i32,
        1 champ besoin_sante_som_psy: i32,
        2 champ besoin_fonc_ment: i32,
        3 champ besoin_fonc_sensorielle: i32,
        4 champ besoin_douleur: i32,
        5 champ besoin_voix: i32,
        6 champ besoin_cardio_vasc: i32,
        7 champ besoin_dig: i32,
        8 champ besoin_genito_uri: i32,
        9 champ besoin_loco_mot: i32,
        10 champ besoin_peau: i32,
        11 champ besoin_entretien: i32,
        12 champ besoin_autonomie: i32,
        13 champ besoin_entretien_personnel: i32,
        14 champ besoin_relations: i32,
        15 champ besoin_mobilite: i32,
        16 champ besoin_decision: i32,
        17 champ besoin_participation_sociale: i32,
        18 champ besoin_droit_citoyen: i32,
        19 champ besoin_logement: i32,
        20 champ besoin_vivre_logement: i32,
        21 champ besoin_activite_dom: i32,
        22 champ besoin_insertion_sociale: i32,
        23 champ besoin_vie_scolaire: i32,
        24 champ besoin_activite_domestique: i32,
        25 champ besoin_apprentissage: i32,
        26 champ besoin_famille: i32,
        27 champ besoin_pair_aidant: i32,
        28 champ besoin_vie_sociale_moyen_transport: i32,
        29 champ besoin_vie_sociale: i32,
        30 champ besoin_moyen_transport: i32,
        31 champ besoin_economie: i32,
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

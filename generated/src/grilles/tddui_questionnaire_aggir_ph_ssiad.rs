// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Évaluation AGGIR PH SSIAD : modèle tddui-questionnaire-aggir-ph-ssiad version 2.3.0 (campagne tddui-questionnaire-aggir-ph-ssiad).
// SHA-256 du fichier du modèle : 6b5c352647e739809ab7022438fe9a8e8dc499def9f892845e04957457fb95ed
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "tddui-questionnaire-aggir-ph-ssiad";
/// Code du modèle.
pub const MODELE: &str = "tddui-questionnaire-aggir-ph-ssiad";
/// Version du modèle.
pub const VERSION: &str = "2.3.0";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "6b5c352647e739809ab7022438fe9a8e8dc499def9f892845e04957457fb95ed";
/// Options de « Fonctions de la pensée » et de 9 autres items (nomenclature icf).
///
/// Référence : http\://hl7.org/fhir/sid/icf.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Icf {
    /// qf0 : aucun facilitateur
    Qf0,
    /// qf2 : facilitateur modéré
    Qf2,
    /// qf4 : facilitateur absolu
    Qf4,
}
/// Options de « Résultat évaluation » (nomenclature resultat-eval).
///
/// Référence : https\://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ResultatEval {
    /// MED-339 : GIR-1
    Med339,
    /// MED-340 : GIR-2
    Med340,
    /// MED-341 : GIR-3
    Med341,
    /// MED-342 : GIR-4
    Med342,
    /// MED-343 : GIR-5
    Med343,
    /// MED-344 : GIR-6
    Med344,
}
/// Rapport « Évaluation AGGIR PH SSIAD » (campagne tddui-questionnaire-aggir-ph-ssiad).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Évaluation AGGIR PH SSIAD (tddui-questionnaire-aggir-ph-ssiad)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Résultat évaluation** (resultat-eval).
    ///
    /// - Bloc : Évaluation AGGIR PH SSIAD (tddui-questionnaire-aggir-ph-ssiad).
    /// - Type : code de la nomenclature « Options de « Résultat évaluation » ».
    /// - Facultatif.
    pub resultat_eval: Option<ResultatEval>,
    /// **Fonctions de la pensée** (fonction-pensee).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub fonction_pensee: Option<Icf>,
    /// **Fonctions d'orientation** (fonction-orientation).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub fonction_orientation: Option<Icf>,
    /// **Se laver** (se-laver).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub se_laver: Option<Icf>,
    /// **S'habiller** (s'habiller).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub s_habiller: Option<Icf>,
    /// **Manger** (manger).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub manger: Option<Icf>,
    /// **Aller aux toilettes** (aller-aux-toilettes).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub aller_aux_toilettes: Option<Icf>,
    /// **Changer la position corporelle de base** (position-corps).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub position_corps: Option<Icf>,
    /// **Se déplacer dans la maison** (deplacer-maison).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub deplacer_maison: Option<Icf>,
    /// **Se déplacer en dehors de la maison et d'autres bâtiments** (deplacer-hors-maison).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub deplacer_hors_maison: Option<Icf>,
    /// **Utiliser d'autres appareils et techniques de communication précisés** (appareil-communication).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 9 autres items ».
    /// - Facultatif.
    pub appareil_communication: Option<Icf>,
    /// **fait spontanément** (pensee-spont).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_spont: Option<bool>,
    /// **fait totalement** (pensee-tot).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_tot: Option<bool>,
    /// **fait correctement** (pensee-correct).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_correct: Option<bool>,
    /// **fait habituellement** (pensee-habit).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_habit: Option<bool>,
    /// **fait spontanément** (orientation-spont).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_spont: Option<bool>,
    /// **fait totalement** (orientation-tot).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_tot: Option<bool>,
    /// **fait correctement** (orientation-correct).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_correct: Option<bool>,
    /// **fait habituellement** (orientation-habit).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_habit: Option<bool>,
    /// **fait spontanément** (laver-spont).
    ///
    /// - Bloc : Se laver (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_spont: Option<bool>,
    /// **fait totalement** (laver-tot).
    ///
    /// - Bloc : Se laver (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_tot: Option<bool>,
    /// **fait correctement** (laver-correct).
    ///
    /// - Bloc : Se laver (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_correct: Option<bool>,
    /// **fait habituellement** (laver-habit).
    ///
    /// - Bloc : Se laver (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_habit: Option<bool>,
    /// **fait spontanément** (habiller-spont).
    ///
    /// - Bloc : S'habiller (s'habiller.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub habiller_spont: Option<bool>,
    /// **fait totalement** (habiller-tot).
    ///
    /// - Bloc : S'habiller (s'habiller.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub habiller_tot: Option<bool>,
    /// **fait correctement** (habiller-correct).
    ///
    /// - Bloc : S'habiller (s'habiller.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub habiller_correct: Option<bool>,
    /// **fait habituellement** (habiller-habit).
    ///
    /// - Bloc : S'habiller (s'habiller.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub habiller_habit: Option<bool>,
    /// **fait spontanément** (manger-spont).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_spont: Option<bool>,
    /// **fait totalement** (manger-tot).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_tot: Option<bool>,
    /// **fait correctement** (manger-correct).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_correct: Option<bool>,
    /// **fait habituellement** (manger-habit).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_habit: Option<bool>,
    /// **fait spontanément** (toilette-spont).
    ///
    /// - Bloc : Aller aux toilettes (aller-aux-toilettes.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub toilette_spont: Option<bool>,
    /// **fait totalement** (toilette-tot).
    ///
    /// - Bloc : Aller aux toilettes (aller-aux-toilettes.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub toilette_tot: Option<bool>,
    /// **fait correctement** (toilette-correct).
    ///
    /// - Bloc : Aller aux toilettes (aller-aux-toilettes.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub toilette_correct: Option<bool>,
    /// **fait habituellement** (toilette-habit).
    ///
    /// - Bloc : Aller aux toilettes (aller-aux-toilettes.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub toilette_habit: Option<bool>,
    /// **fait spontanément** (position-corps-spont).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_spont: Option<bool>,
    /// **fait totalement** (position-corps-tot).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_tot: Option<bool>,
    /// **fait correctement** (position-corps-correct).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_correct: Option<bool>,
    /// **fait habituellement** (position-corps-habit).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_habit: Option<bool>,
    /// **fait spontanément** (deplacer-maison-spont).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_spont: Option<bool>,
    /// **fait totalement** (deplacer-maison-tot).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_tot: Option<bool>,
    /// **fait correctement** (deplacer-maison-correct).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_correct: Option<bool>,
    /// **fait habituellement** (deplacer-maison-habit).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_habit: Option<bool>,
    /// **fait spontanément** (deplacer-hors-maison-spont).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-hors-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_hors_maison_spont: Option<bool>,
    /// **fait totalement** (deplacer-hors-maison-tot).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-hors-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_hors_maison_tot: Option<bool>,
    /// **fait correctement** (deplacer-hors-maison-correct).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-hors-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_hors_maison_correct: Option<bool>,
    /// **fait habituellement** (deplacer-hors-maison-habit).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-hors-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_hors_maison_habit: Option<bool>,
    /// **fait spontanément** (appareil-spont).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_spont: Option<bool>,
    /// **fait totalement** (appareil-tot).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_tot: Option<bool>,
    /// **fait correctement** (appareil-correct).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_correct: Option<bool>,
    /// **fait habituellement** (appareil-habit).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_habit: Option<bool>,
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
macro_rules! __sidoba_index_6b5c352647e73980 {
    ("resultat-eval" $($f:tt)*) => {0};
    ("fonction-pensee" $($f:tt)*) => {1};
    ("fonction-orientation" $($f:tt)*) => {2};
    ("se-laver" $($f:tt)*) => {3};
    ("s'habiller" $($f:tt)*) => {4};
    ("manger" $($f:tt)*) => {5};
    ("aller-aux-toilettes" $($f:tt)*) => {6};
    ("position-corps" $($f:tt)*) => {7};
    ("deplacer-maison" $($f:tt)*) => {8};
    ("deplacer-hors-maison" $($f:tt)*) => {9};
    ("appareil-communication" $($f:tt)*) => {10};
    ("pensee-spont" $($f:tt)*) => {11};
    ("pensee-tot" $($f:tt)*) => {12};
    ("pensee-correct" $($f:tt)*) => {13};
    ("pensee-habit" $($f:tt)*) => {14};
    ("orientation-spont" $($f:tt)*) => {15};
    ("orientation-tot" $($f:tt)*) => {16};
    ("orientation-correct" $($f:tt)*) => {17};
    ("orientation-habit" $($f:tt)*) => {18};
    ("laver-spont" $($f:tt)*) => {19};
    ("laver-tot" $($f:tt)*) => {20};
    ("laver-correct" $($f:tt)*) => {21};
    ("laver-habit" $($f:tt)*) => {22};
    ("habiller-spont" $($f:tt)*) => {23};
    ("habiller-tot" $($f:tt)*) => {24};
    ("habiller-correct" $($f:tt)*) => {25};
    ("habiller-habit" $($f:tt)*) => {26};
    ("manger-spont" $($f:tt)*) => {27};
    ("manger-tot" $($f:tt)*) => {28};
    ("manger-correct" $($f:tt)*) => {29};
    ("manger-habit" $($f:tt)*) => {30};
    ("toilette-spont" $($f:tt)*) => {31};
    ("toilette-tot" $($f:tt)*) => {32};
    ("toilette-correct" $($f:tt)*) => {33};
    ("toilette-habit" $($f:tt)*) => {34};
    ("position-corps-spont" $($f:tt)*) => {35};
    ("position-corps-tot" $($f:tt)*) => {36};
    ("position-corps-correct" $($f:tt)*) => {37};
    ("position-corps-habit" $($f:tt)*) => {38};
    ("deplacer-maison-spont" $($f:tt)*) => {39};
    ("deplacer-maison-tot" $($f:tt)*) => {40};
    ("deplacer-maison-correct" $($f:tt)*) => {41};
    ("deplacer-maison-habit" $($f:tt)*) => {42};
    ("deplacer-hors-maison-spont" $($f:tt)*) => {43};
    ("deplacer-hors-maison-tot" $($f:tt)*) => {44};
    ("deplacer-hors-maison-correct" $($f:tt)*) => {45};
    ("deplacer-hors-maison-habit" $($f:tt)*) => {46};
    ("appareil-spont" $($f:tt)*) => {47};
    ("appareil-tot" $($f:tt)*) => {48};
    ("appareil-correct" $($f:tt)*) => {49};
    ("appareil-habit" $($f:tt)*) => {50};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_6b5c352647e73980 as Rapport;

/// La plomberie du module : tables des champs, clés et accès typés lus par la crate d'exécution.
#[doc(hidden)]
mod __sidoba {
    use super::*;
    // Some of them are unused in a given model.
    #[allow(unused_imports)]
    use __prive::table::{
        booleen, champ, code, date, dec, decimal, entier, lignes, regle_lignes, regle_rapport, texte, ymd,
    };

    __prive::nomenclature! {
        Icf = "icf", "Options de « Fonctions de la pensée » et de 9 autres items", 3, "http://hl7.org/fhir/sid/icf";
        Qf0 = "qf0", "aucun facilitateur", true;
        Qf2 = "qf2", "facilitateur modéré", true;
        Qf4 = "qf4", "facilitateur absolu", true;
    }

    __prive::nomenclature! {
        ResultatEval = "resultat-eval", "Options de « Résultat évaluation »", 6, "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis";
        Med339 = "MED-339", "GIR-1", true;
        Med340 = "MED-340", "GIR-2", true;
        Med341 = "MED-341", "GIR-3", true;
        Med342 = "MED-342", "GIR-4", true;
        Med343 = "MED-343", "GIR-5", true;
        Med344 = "MED-344", "GIR-6", true;
    }

    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("resultat_eval", "resultat-eval", "Résultat évaluation", false, false, code::<ResultatEval>(false)),
        champ("fonction_pensee", "fonction-pensee", "Fonctions de la pensée", false, false, code::<Icf>(false)),
        champ("fonction_orientation", "fonction-orientation", "Fonctions d'orientation", false, false, code::<Icf>(false)),
        champ("se_laver", "se-laver", "Se laver", false, false, code::<Icf>(false)),
        champ("s_habiller", "s'habiller", "S'habiller", false, false, code::<Icf>(false)),
        champ("manger", "manger", "Manger", false, false, code::<Icf>(false)),
        champ("aller_aux_toilettes", "aller-aux-toilettes", "Aller aux toilettes", false, false, code::<Icf>(false)),
        champ("position_corps", "position-corps", "Changer la position corporelle de base", false, false, code::<Icf>(false)),
        champ("deplacer_maison", "deplacer-maison", "Se déplacer dans la maison", false, false, code::<Icf>(false)),
        champ("deplacer_hors_maison", "deplacer-hors-maison", "Se déplacer en dehors de la maison et d'autres bâtiments", false, false, code::<Icf>(false)),
        champ("appareil_communication", "appareil-communication", "Utiliser d'autres appareils et techniques de communication précisés", false, false, code::<Icf>(false)),
        champ("pensee_spont", "pensee-spont", "fait spontanément", false, false, booleen()),
        champ("pensee_tot", "pensee-tot", "fait totalement", false, false, booleen()),
        champ("pensee_correct", "pensee-correct", "fait correctement", false, false, booleen()),
        champ("pensee_habit", "pensee-habit", "fait habituellement", false, false, booleen()),
        champ("orientation_spont", "orientation-spont", "fait spontanément", false, false, booleen()),
        champ("orientation_tot", "orientation-tot", "fait totalement", false, false, booleen()),
        champ("orientation_correct", "orientation-correct", "fait correctement", false, false, booleen()),
        champ("orientation_habit", "orientation-habit", "fait habituellement", false, false, booleen()),
        champ("laver_spont", "laver-spont", "fait spontanément", false, false, booleen()),
        champ("laver_tot", "laver-tot", "fait totalement", false, false, booleen()),
        champ("laver_correct", "laver-correct", "fait correctement", false, false, booleen()),
        champ("laver_habit", "laver-habit", "fait habituellement", false, false, booleen()),
        champ("habiller_spont", "habiller-spont", "fait spontanément", false, false, booleen()),
        champ("habiller_tot", "habiller-tot", "fait totalement", false, false, booleen()),
        champ("habiller_correct", "habiller-correct", "fait correctement", false, false, booleen()),
        champ("habiller_habit", "habiller-habit", "fait habituellement", false, false, booleen()),
        champ("manger_spont", "manger-spont", "fait spontanément", false, false, booleen()),
        champ("manger_tot", "manger-tot", "fait totalement", false, false, booleen()),
        champ("manger_correct", "manger-correct", "fait correctement", false, false, booleen()),
        champ("manger_habit", "manger-habit", "fait habituellement", false, false, booleen()),
        champ("toilette_spont", "toilette-spont", "fait spontanément", false, false, booleen()),
        champ("toilette_tot", "toilette-tot", "fait totalement", false, false, booleen()),
        champ("toilette_correct", "toilette-correct", "fait correctement", false, false, booleen()),
        champ("toilette_habit", "toilette-habit", "fait habituellement", false, false, booleen()),
        champ("position_corps_spont", "position-corps-spont", "fait spontanément", false, false, booleen()),
        champ("position_corps_tot", "position-corps-tot", "fait totalement", false, false, booleen()),
        champ("position_corps_correct", "position-corps-correct", "fait correctement", false, false, booleen()),
        champ("position_corps_habit", "position-corps-habit", "fait habituellement", false, false, booleen()),
        champ("deplacer_maison_spont", "deplacer-maison-spont", "fait spontanément", false, false, booleen()),
        champ("deplacer_maison_tot", "deplacer-maison-tot", "fait totalement", false, false, booleen()),
        champ("deplacer_maison_correct", "deplacer-maison-correct", "fait correctement", false, false, booleen()),
        champ("deplacer_maison_habit", "deplacer-maison-habit", "fait habituellement", false, false, booleen()),
        champ("deplacer_hors_maison_spont", "deplacer-hors-maison-spont", "fait spontanément", false, false, booleen()),
        champ("deplacer_hors_maison_tot", "deplacer-hors-maison-tot", "fait totalement", false, false, booleen()),
        champ("deplacer_hors_maison_correct", "deplacer-hors-maison-correct", "fait correctement", false, false, booleen()),
        champ("deplacer_hors_maison_habit", "deplacer-hors-maison-habit", "fait habituellement", false, false, booleen()),
        champ("appareil_spont", "appareil-spont", "fait spontanément", false, false, booleen()),
        champ("appareil_tot", "appareil-tot", "fait totalement", false, false, booleen()),
        champ("appareil_correct", "appareil-correct", "fait correctement", false, false, booleen()),
        champ("appareil_habit", "appareil-habit", "fait habituellement", false, false, booleen()),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("tddui-questionnaire-aggir-ph-ssiad", "Évaluation AGGIR PH SSIAD"),
            P::Membres(1),
            P::Ouvrir("resultat-eval.item", "Résultat évaluation"),
            P::Membres(11),
            P::Ouvrir("fonction-pensee.item", "Fonctions de la pensée"),
            P::Membres(15),
            P::Fermer,
            P::Ouvrir("fonction-orientation.item", "Fonctions d'orientation"),
            P::Membres(19),
            P::Fermer,
            P::Ouvrir("se-laver.item", "Se laver"),
            P::Membres(23),
            P::Fermer,
            P::Ouvrir("s'habiller.item", "S'habiller"),
            P::Membres(27),
            P::Fermer,
            P::Ouvrir("manger.item", "Manger"),
            P::Membres(31),
            P::Fermer,
            P::Ouvrir("aller-aux-toilettes.item", "Aller aux toilettes"),
            P::Membres(35),
            P::Fermer,
            P::Ouvrir("position-corps.item", "Changer la position corporelle de base"),
            P::Membres(39),
            P::Fermer,
            P::Ouvrir("deplacer-maison.item", "Se déplacer dans la maison"),
            P::Membres(43),
            P::Fermer,
            P::Ouvrir("deplacer-hors-maison.item", "Se déplacer en dehors de la maison et d'autres bâtiments"),
            P::Membres(47),
            P::Fermer,
            P::Ouvrir("appareil-communication.item", "Utiliser d'autres appareils et techniques de communication précisés"),
            P::Membres(51),
            P::Fermer,
            P::Fermer,
            P::Fermer,
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "tddui-questionnaire-aggir-ph-ssiad 2.3.0";
        const BLOCS: &'static [&'static str] = &["tddui-questionnaire-aggir-ph-ssiad", "resultat-eval.item", "fonction-pensee.item", "fonction-orientation.item", "se-laver.item", "s'habiller.item", "manger.item", "aller-aux-toilettes.item", "position-corps.item", "deplacer-maison.item", "deplacer-hors-maison.item", "appareil-communication.item"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<51>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("aller-aux-toilettes", 6),
            ("appareil-communication", 10),
            ("appareil-correct", 49),
            ("appareil-habit", 50),
            ("appareil-spont", 47),
            ("appareil-tot", 48),
            ("deplacer-hors-maison", 9),
            ("deplacer-hors-maison-correct", 45),
            ("deplacer-hors-maison-habit", 46),
            ("deplacer-hors-maison-spont", 43),
            ("deplacer-hors-maison-tot", 44),
            ("deplacer-maison", 8),
            ("deplacer-maison-correct", 41),
            ("deplacer-maison-habit", 42),
            ("deplacer-maison-spont", 39),
            ("deplacer-maison-tot", 40),
            ("fonction-orientation", 2),
            ("fonction-pensee", 1),
            ("habiller-correct", 25),
            ("habiller-habit", 26),
            ("habiller-spont", 23),
            ("habiller-tot", 24),
            ("laver-correct", 21),
            ("laver-habit", 22),
            ("laver-spont", 19),
            ("laver-tot", 20),
            ("manger", 5),
            ("manger-correct", 29),
            ("manger-habit", 30),
            ("manger-spont", 27),
            ("manger-tot", 28),
            ("orientation-correct", 17),
            ("orientation-habit", 18),
            ("orientation-spont", 15),
            ("orientation-tot", 16),
            ("pensee-correct", 13),
            ("pensee-habit", 14),
            ("pensee-spont", 11),
            ("pensee-tot", 12),
            ("position-corps", 7),
            ("position-corps-correct", 37),
            ("position-corps-habit", 38),
            ("position-corps-spont", 35),
            ("position-corps-tot", 36),
            ("resultat-eval", 0),
            ("s'habiller", 4),
            ("se-laver", 3),
            ("toilette-correct", 33),
            ("toilette-habit", 34),
            ("toilette-spont", 31),
            ("toilette-tot", 32),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ resultat_eval: ResultatEval,
        1 champ fonction_pensee: Icf,
        2 champ fonction_orientation: Icf,
        3 champ se_laver: Icf,
        4 champ s_habiller: Icf,
        5 champ manger: Icf,
        6 champ aller_aux_toilettes: Icf,
        7 champ position_corps: Icf,
        8 champ deplacer_maison: Icf,
        9 champ deplacer_hors_maison: Icf,
        10 champ appareil_communication: Icf,
        11 champ pensee_spont: bool,
        12 champ pensee_tot: bool,
        13 champ pensee_correct: bool,
        14 champ pensee_habit: bool,
        15 champ orientation_spont: bool,
        16 champ orientation_tot: bool,
        17 champ orientation_correct: bool,
        18 champ orientation_habit: bool,
        19 champ laver_spont: bool,
        20 champ laver_tot: bool,
        21 champ laver_correct: bool,
        22 champ laver_habit: bool,
        23 champ habiller_spont: bool,
        24 champ habiller_tot: bool,
        25 champ habiller_correct: bool,
        26 champ habiller_habit: bool,
        27 champ manger_spont: bool,
        28 champ manger_tot: bool,
        29 champ manger_correct: bool,
        30 champ manger_habit: bool,
        31 champ toilette_spont: bool,
        32 champ toilette_tot: bool,
        33 champ toilette_correct: bool,
        34 champ toilette_habit: bool,
        35 champ position_corps_spont: bool,
        36 champ position_corps_tot: bool,
        37 champ position_corps_correct: bool,
        38 champ position_corps_habit: bool,
        39 champ deplacer_maison_spont: bool,
        40 champ deplacer_maison_tot: bool,
        41 champ deplacer_maison_correct: bool,
        42 champ deplacer_maison_habit: bool,
        43 champ deplacer_hors_maison_spont: bool,
        44 champ deplacer_hors_maison_tot: bool,
        45 champ deplacer_hors_maison_correct: bool,
        46 champ deplacer_hors_maison_habit: bool,
        47 champ appareil_spont: bool,
        48 champ appareil_tot: bool,
        49 champ appareil_correct: bool,
        50 champ appareil_habit: bool,
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

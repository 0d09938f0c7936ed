//! Les guides nationaux, une ligne par version (`usager.md`) : les URL des
//! profils, les systèmes de codes et d'identifiants, les jeux de valeurs,
//! les quatre grilles d'évaluation et les templateIds CDA du guide TDDUI.
//!
//! La version du guide est une donnée, pas du code : les écrivains lisent
//! tout dans la ligne choisie (`--tddui VERSION`, [`VERSION_PAR_DEFAUT`]) ;
//! la prochaine version publiée est une ligne de plus ici.
//!
//! ```
//! use sidoba::usager::guide::{self, VERSION_PAR_DEFAUT};
//! let g = guide::guide(VERSION_PAR_DEFAUT).unwrap();
//! assert!(g.profils.bundle.ends_with("/StructureDefinition/tddui-bundle"));
//! assert!(guide::guide("1.0.0").is_none());
//! ```

#[rustfmt::skip]
mod grilles;
mod valeurs;

/// La version du guide TDDUI FHIR écrite quand aucune n'est demandée.
pub const VERSION_PAR_DEFAUT: &str = "2.3.0";

/// Une version du guide TDDUI (FHIR et son compagnon CDA).
#[derive(Debug, PartialEq, Eq)]
pub struct Guide {
    /// `2.3.0`.
    pub version: &'static str,
    /// La base canonique du guide FHIR.
    pub canonique: &'static str,
    pub profils: Profils,
    pub systemes: Systemes,
    pub identifiants: Identifiants,
    pub extensions: Extensions,
    pub jeux_valeurs: JeuxValeurs,
    pub grilles: Grilles,
    pub cda: Cda,
    /// Les types d'évènement qu'un fichier peut donner (les tranches SSIAD
    /// et SERAFIN de `tddui-encounter-type`), avec leur système et leur
    /// libellé.
    pub types_evenement: &'static [Code],
    /// JDV_J254 : la catégorie de la structure (`structure.categorie`).
    pub categories: &'static [Code],
}

/// Un code d'un jeu de valeurs, avec son système et son libellé.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    pub systeme: &'static str,
    pub code: &'static str,
    pub libelle: &'static str,
}

impl Guide {
    /// Le type d'évènement `code`, quand le jeu de valeurs du guide l'a.
    pub fn type_evenement(&self, code: &str) -> Option<&'static Code> {
        self.types_evenement.iter().find(|c| c.code == code)
    }

    /// La catégorie `code` de JDV_J254.
    pub fn categorie(&self, code: &str) -> Option<&'static Code> {
        self.categories.iter().find(|c| c.code == code)
    }
}

/// Les `meta.profile` écrits (StructureDefinition du guide FHIR).
#[derive(Debug, PartialEq, Eq)]
pub struct Profils {
    pub bundle: &'static str,
    pub organisation: &'static str,
    pub patient: &'static str,
    pub patient_ins: &'static str,
    pub sejour: &'static str,
    pub evenement: &'static str,
    pub professionnel: &'static str,
    pub reponse: &'static str,
}

/// Les systèmes de codes (`coding.system`).
#[derive(Debug, PartialEq, Eq)]
pub struct Systemes {
    /// Le type de l'identifiant du séjour (`SEJ`, `NUMDOSS`), liaison requise.
    pub identifiant_sejour: &'static str,
    /// FR Core v2-0203 : `IDNST`, `IDNPS`, `INS-NIR`, `INS-NIA`, `INTRN`.
    pub fr_core_v2_0203: &'static str,
    /// FR Core v2-0445 : le statut de l'identité (`VALI`, `PROV`).
    pub fr_core_v2_0445: &'static str,
    /// FR Core identifier-type : `VN` (identifiant d'évènement).
    pub fr_core_type_identifiant: &'static str,
    /// HL7 v2-0203 : `PI`.
    pub hl7_v2_0203: &'static str,
    /// HL7 v3-ActCode : la classe `HH` des rencontres.
    pub acte_v3: &'static str,
    /// Les types d'évènement SSIAD, les codes des grilles.
    pub cisis: &'static str,
    /// Les prestations SERAFIN-PH.
    pub serafin: &'static str,
    /// Les communes (lieu de naissance, code INSEE).
    pub communes: &'static str,
    /// TRE_G15-ProfessionSante (la qualification d'un professionnel).
    pub profession_sante: &'static str,
}

/// Les systèmes d'identifiants (`identifier.system`).
#[derive(Debug, PartialEq, Eq)]
pub struct Identifiants {
    /// L'identifiant national de structure (IDNST, `1` + FINESS).
    pub structure: &'static str,
    /// L'identifiant national de professionnel (idNatPs).
    pub professionnel: &'static str,
    pub ins_nir: &'static str,
    pub ins_nia: &'static str,
    /// `3` + FINESS + `/` + identifiant local de l'usager.
    pub usager_local: &'static str,
    pub sejour: &'static str,
    pub evenement: &'static str,
    pub evaluation: &'static str,
}

/// Les URL des extensions écrites.
#[derive(Debug, PartialEq, Eq)]
pub struct Extensions {
    /// FR Core : fiabilité de l'identité (`identityStatus`).
    pub fiabilite_identite: &'static str,
    /// FR Core : les prénoms de naissance, en une chaîne.
    pub prenoms_naissance: &'static str,
    /// FR Core : le code INSEE d'une adresse.
    pub code_insee: &'static str,
    /// HL7 : le lieu de naissance.
    pub lieu_naissance: &'static str,
    /// TDDUI : le rang de naissance.
    pub rang_naissance: &'static str,
}

/// Les jeux de valeurs liés par les profils.
#[derive(Debug, PartialEq, Eq)]
pub struct JeuxValeurs {
    /// Le type d'un évènement (`tddui-encounter-type`).
    pub type_evenement: &'static str,
    /// Les types d'évènement SSIAD (terminologie-cisis).
    pub type_evenement_ssiad: &'static str,
    /// Les prestations directes et indirectes SERAFIN.
    pub serafin: &'static str,
    /// JDV_J254 : la catégorie de l'établissement.
    pub categorie_etablissement: &'static str,
}

/// Les URL canoniques des quatre grilles d'évaluation, leur version et
/// leurs définitions.
#[derive(Debug, PartialEq, Eq)]
pub struct Grilles {
    pub version: &'static str,
    pub aggir_pa: &'static str,
    pub aggir_ph: &'static str,
    pub serafin: &'static str,
    pub situation_ssiad: &'static str,
    /// Les quatre grilles item par item, dans l'ordre du guide.
    pub definitions: [&'static Grille; 4],
}

impl Grilles {
    /// Les quatre URL, dans l'ordre du guide.
    pub const fn toutes(&self) -> [&'static str; 4] {
        [
            self.aggir_pa,
            self.aggir_ph,
            self.serafin,
            self.situation_ssiad,
        ]
    }

    /// Vrai quand `url` (avec ou sans `|version`) est l'une des quatre.
    pub fn contient(&self, url: &str) -> bool {
        self.grille(url).is_some()
    }

    /// La grille d'URL canonique `url` (avec ou sans `|version`).
    pub fn grille(&self, url: &str) -> Option<&'static Grille> {
        let url = url.split_once('|').map_or(url, |(u, _)| u);
        self.definitions.iter().copied().find(|g| g.url == url)
    }
}

/// Une grille d'évaluation du guide (un Questionnaire publié).
#[derive(Debug, PartialEq, Eq)]
pub struct Grille {
    pub url: &'static str,
    pub titre: &'static str,
    /// Chaque item doit être répondu (AGGIR : le GIR, chaque variable et
    /// ses quatre adverbes, que le guide CDA exige tous).
    pub complete: bool,
    pub items: &'static [ItemGrille],
}

/// Un item d'une grille ; ses `items` sont les sous-items de sa réponse.
#[derive(Debug, PartialEq, Eq)]
pub struct ItemGrille {
    pub link_id: &'static str,
    pub texte: &'static str,
    pub type_: TypeItem,
    /// Les options d'un item `choice`.
    pub options: &'static [OptionGrille],
    pub items: &'static [ItemGrille],
}

impl ItemGrille {
    const fn new(
        link_id: &'static str,
        texte: &'static str,
        type_: TypeItem,
        options: &'static [OptionGrille],
        items: &'static [ItemGrille],
    ) -> ItemGrille {
        ItemGrille {
            link_id,
            texte,
            type_,
            options,
            items,
        }
    }
}

/// Le type FHIR R4 d'un item de grille.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeItem {
    Groupe,
    Booleen,
    Entier,
    Decimal,
    Texte,
    Date,
    Choix,
}

/// Une option d'un item `choice` : son Coding.
#[derive(Debug, PartialEq, Eq)]
pub struct OptionGrille {
    pub systeme: &'static str,
    pub code: &'static str,
    pub libelle: &'static str,
}

impl OptionGrille {
    const fn new(systeme: &'static str, code: &'static str, libelle: &'static str) -> OptionGrille {
        OptionGrille {
            systeme,
            code,
            libelle,
        }
    }
}

/// Le guide CDA compagnon : ses profils FHIR et ses templateIds (un
/// gabarit par nom, la racine OID et l'extension éventuelle).
#[derive(Debug, PartialEq, Eq)]
pub struct Cda {
    /// `1.0.1`.
    pub version: &'static str,
    pub canonique: &'static str,
    pub bundle: &'static str,
    pub document_reference: &'static str,
    pub gabarits: &'static [Gabarit],
}

/// Un templateId CDA nommé.
#[derive(Debug, PartialEq, Eq)]
pub struct Gabarit {
    pub nom: &'static str,
    pub racine: &'static str,
    pub extension: Option<&'static str>,
}

macro_rules! tddui {
    ($quoi:literal) => {
        concat!("https://interop.esante.gouv.fr/ig/fhir/tddui/", $quoi)
    };
}

/// 2.3.0 (2026-03-17) ; 2.2.0 a les mêmes profils, grilles et systèmes
/// (`tests/tddui/README.md`, pages comparées), seules les versions
/// changent.
macro_rules! ligne {
    ($version:literal) => {
        Guide {
            version: $version,
            canonique: "https://interop.esante.gouv.fr/ig/fhir/tddui",
            profils: Profils {
                bundle: tddui!("StructureDefinition/tddui-bundle"),
                organisation: tddui!("StructureDefinition/tddui-organization"),
                patient: tddui!("StructureDefinition/tddui-patient"),
                patient_ins: tddui!("StructureDefinition/tddui-patient-ins"),
                sejour: tddui!("StructureDefinition/tddui-encounter-sejour"),
                evenement: tddui!("StructureDefinition/tddui-encounter-evenement"),
                professionnel: tddui!("StructureDefinition/tddui-practitioner"),
                reponse: tddui!("StructureDefinition/tddui-questionnaire-response"),
            },
            systemes: Systemes {
                identifiant_sejour: tddui!("CodeSystem/tddui-encounter-identifier"),
                fr_core_v2_0203: "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203",
                fr_core_v2_0445: "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445",
                fr_core_type_identifiant:
                    "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identifier-type",
                hl7_v2_0203: "http://terminology.hl7.org/CodeSystem/v2-0203",
                acte_v3: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                cisis: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
                serafin: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
                communes: "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM",
                profession_sante:
                    "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante",
            },
            identifiants: Identifiants {
                structure: "urn:oid:1.2.250.1.71.4.2.2",
                professionnel: "urn:oid:1.2.250.1.71.4.2.1",
                ins_nir: "urn:oid:1.2.250.1.213.1.4.8",
                ins_nia: "urn:oid:1.2.250.1.213.1.4.9",
                usager_local: "https://identifiant-medicosocial-localusager.esante.gouv.fr",
                sejour: "https://identifiant-medicosocial-sejour.esante.gouv.fr",
                evenement: "https://identifiant-medicosocial-evenement.esante.gouv.fr",
                evaluation: "https://identifiant-medicosocial-evaluation.esante.gouv.fr",
            },
            extensions: Extensions {
                fiabilite_identite:
                    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability",
                prenoms_naissance:
                    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name",
                code_insee: "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code",
                lieu_naissance: "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
                rang_naissance: tddui!("StructureDefinition/tddui-birth-order"),
            },
            jeux_valeurs: JeuxValeurs {
                type_evenement: tddui!("ValueSet/tddui-encounter-type"),
                type_evenement_ssiad:
                    "https://smt.esante.gouv.fr/fhir/ValueSet/jdv-type-evenement-ssiad-cisis",
                serafin: tddui!("ValueSet/tddui-serafin"),
                categorie_etablissement:
                    "https://mos.esante.gouv.fr/NOS/JDV_J254-CategorieEtablissementESSMSPH/FHIR/JDV-J254-CategorieEtablissementESSMSPH",
            },
            grilles: Grilles {
                version: $version,
                aggir_pa: tddui!("Questionnaire/tddui-questionnaire-aggir-pa-ssiad"),
                aggir_ph: tddui!("Questionnaire/tddui-questionnaire-aggir-ph-ssiad"),
                serafin: tddui!("Questionnaire/tddui-questionnaire-serafin"),
                situation_ssiad: tddui!("Questionnaire/tddui-questionnaire-situation-ssiad"),
                definitions: [
                    &grilles::AGGIR_PA,
                    &grilles::AGGIR_PH,
                    &grilles::SERAFIN,
                    &grilles::SITUATION_SSIAD,
                ],
            },
            cda: Cda {
                version: "1.0.1",
                canonique: "https://interop.esante.gouv.fr/ig/cda/tddui",
                bundle: "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-bundle",
                document_reference:
                    "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-documentreference",
                gabarits: GABARITS_CDA,
            },
            types_evenement: valeurs::TYPES_EVENEMENT,
            categories: valeurs::CATEGORIES,
        }
    };
}

/// Les templateIds du guide CDA 1.0.1 (le document, les cinq sections, les
/// entrées qu'écrit l'écrivain), tirés de son sommaire et de son exemple
/// officiel.
static GABARITS_CDA: &[Gabarit] = &[
    Gabarit {
        nom: "HL7 France",
        racine: "2.16.840.1.113883.2.8.2.1",
        extension: None,
    },
    Gabarit {
        nom: "CI-SIS",
        racine: "1.2.250.1.213.1.1.1.1",
        extension: None,
    },
    Gabarit {
        nom: "EXPORT_DUI",
        racine: "1.2.250.1.213.1.1.1.58",
        extension: Some("1.1.0-ballot"),
    },
    Gabarit {
        nom: "FR-Couvertures-sociales",
        racine: "1.2.250.1.213.1.1.2.79",
        extension: None,
    },
    Gabarit {
        nom: "FR-Sejours",
        racine: "1.2.250.1.213.1.1.2.249",
        extension: None,
    },
    Gabarit {
        nom: "FR-Evenements",
        racine: "1.2.250.1.213.1.1.2.248",
        extension: None,
    },
    Gabarit {
        nom: "FR-Statut-fonctionnel",
        racine: "1.2.250.1.213.1.1.2.246",
        extension: None,
    },
    Gabarit {
        nom: "Functional status (CCD)",
        racine: "2.16.840.1.113883.10.22.3.8",
        extension: None,
    },
    Gabarit {
        nom: "FR-Documents-ajoutes",
        racine: "1.2.250.1.213.1.1.2.37",
        extension: None,
    },
    Gabarit {
        nom: "FR-Sejour",
        racine: "1.2.250.1.213.1.1.3.219",
        extension: None,
    },
    Gabarit {
        nom: "FR-Sejour-Admission",
        racine: "1.2.250.1.213.1.1.3.218",
        extension: None,
    },
    Gabarit {
        nom: "Encounter activity (CCD)",
        racine: "2.16.840.1.113883.10.20.1.21",
        extension: None,
    },
    Gabarit {
        nom: "FR-Modalite-entree",
        racine: "1.2.250.1.213.1.1.3.48.6",
        extension: None,
    },
    Gabarit {
        nom: "FR-Modalite-sortie",
        racine: "1.2.250.1.213.1.1.3.48.7",
        extension: None,
    },
    Gabarit {
        nom: "FR-Evenement",
        racine: "1.2.250.1.213.1.1.3.215",
        extension: None,
    },
    Gabarit {
        nom: "FR-Statut",
        racine: "1.2.250.1.213.1.1.3.217",
        extension: None,
    },
    Gabarit {
        nom: "FR-Simple-Observation",
        racine: "1.2.250.1.213.1.1.3.48",
        extension: None,
    },
    Gabarit {
        nom: "Simple observation (IHE PCC)",
        racine: "1.3.6.1.4.1.19376.1.5.3.1.4.13",
        extension: None,
    },
    Gabarit {
        nom: "FR-Groupe-de-questionnaires-d-evaluation",
        racine: "1.2.250.1.213.1.1.3.95",
        extension: None,
    },
    Gabarit {
        nom: "Result organizer (CCD)",
        racine: "2.16.840.1.113883.10.20.1.32",
        extension: None,
    },
    Gabarit {
        nom: "Survey panel (IHE PCC)",
        racine: "1.3.6.1.4.1.19376.1.5.3.1.1.12.3.7",
        extension: None,
    },
    Gabarit {
        nom: "FR-Evaluation",
        racine: "1.2.250.1.213.1.1.3.25",
        extension: None,
    },
    Gabarit {
        nom: "Result observation (CCD)",
        racine: "2.16.840.1.113883.10.20.1.31",
        extension: None,
    },
    Gabarit {
        nom: "Survey observation (IHE PCC)",
        racine: "1.3.6.1.4.1.19376.1.5.3.1.1.12.3.6",
        extension: None,
    },
    Gabarit {
        nom: "FR-Evaluation-Composant",
        racine: "1.2.250.1.213.1.1.3.214",
        extension: None,
    },
    Gabarit {
        nom: "FR-Evaluation-Composant-N2",
        racine: "1.2.250.1.213.1.1.3.220",
        extension: None,
    },
];

static V2_3_0: Guide = ligne!("2.3.0");
static V2_2_0: Guide = ligne!("2.2.0");

/// Les versions prises en charge, la plus récente d'abord.
pub static GUIDES: [&Guide; 2] = [&V2_3_0, &V2_2_0];

/// La ligne d'une version du guide, `None` si elle n'est pas prise en
/// charge.
pub fn guide(version: &str) -> Option<&'static Guide> {
    GUIDES.iter().copied().find(|g| g.version == version)
}

/// La ligne de [`VERSION_PAR_DEFAUT`].
pub fn par_defaut() -> &'static Guide {
    &V2_3_0
}

/// Les versions prises en charge, pour un message (`2.3.0, 2.2.0`).
pub fn versions() -> String {
    GUIDES
        .iter()
        .map(|g| g.version)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn la_version_par_defaut_est_une_ligne_et_2_2_0_ne_differe_que_par_les_versions() {
        assert_eq!(guide(VERSION_PAR_DEFAUT), Some(par_defaut()));
        let (a, b) = (guide("2.3.0").unwrap(), guide("2.2.0").unwrap());
        assert_eq!(a.profils, b.profils);
        assert_eq!(a.systemes, b.systemes);
        assert_eq!(a.grilles.toutes(), b.grilles.toutes());
        assert_ne!(a.grilles.version, b.grilles.version);
        assert!(guide("2.4.0").is_none());
        assert_eq!(versions(), "2.3.0, 2.2.0");
    }

    #[test]
    fn l_identifiant_de_sejour_suit_le_systeme_publie_pas_celui_du_projet() {
        let g = par_defaut();
        assert_eq!(
            g.systemes.identifiant_sejour,
            "https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-encounter-identifier"
        );
    }

    #[test]
    fn les_grilles_sont_reconnues_avec_ou_sans_leur_version() {
        let g = &par_defaut().grilles;
        assert!(g.contient(g.aggir_pa));
        assert!(g.contient(&format!("{}|2.3.0", g.serafin)));
        assert!(!g.contient("https://sidoba.invalid/fhir/Questionnaire/X"));
        // Each row's URL is its definition's.
        for (url, d) in g.toutes().into_iter().zip(g.definitions) {
            assert_eq!(url, d.url);
        }
    }

    /// Les comptes de `tddui/README.md` : AGGIR PA 76 items, PH 51, SERAFIN
    /// 32, situation SSIAD 8.
    #[test]
    fn les_grilles_ont_le_nombre_d_items_publie() {
        fn compter(items: &[ItemGrille]) -> usize {
            items.iter().map(|i| 1 + compter(i.items)).sum()
        }
        let g = &par_defaut().grilles;
        let n: Vec<_> = g.definitions.iter().map(|d| compter(d.items)).collect();
        assert_eq!(n, vec![76, 51, 32, 8]);
        let pa = g.grille(g.aggir_pa).unwrap();
        assert!(pa.complete);
        assert_eq!(pa.items[0].options[1].code, "MED-340");
        assert_eq!(pa.items[0].items[0].items.len(), 4);
    }

    #[test]
    fn les_types_d_evenement_portent_le_systeme_de_leur_tranche() {
        let g = par_defaut();
        assert_eq!(
            g.type_evenement("MED-1298").unwrap().systeme,
            g.systemes.cisis
        );
        assert_eq!(
            g.type_evenement("2.1.1.2").unwrap().systeme,
            g.systemes.serafin
        );
        assert!(g.type_evenement("MED-340").is_none());
        assert_eq!(g.categorie("354").unwrap().code, "354");
    }
}

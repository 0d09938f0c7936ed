-- The example DUI's own tables: named and shaped as an EHPAD's software
-- would have them, not like the RAMA model. Dates are ISO text
-- (YYYY-MM-DD), flags are 0/1 integers, decimals that must stay exact are
-- integers in hundredths (quotité 80 = 0.80 ETP) or text ('214.35').

DROP TABLE IF EXISTS formations;
DROP TABLE IF EXISTS postes_vacants;
DROP TABLE IF EXISTS personnels;
DROP TABLE IF EXISTS fonctions;
DROP TABLE IF EXISTS evenements;
DROP TABLE IF EXISTS residents;
DROP TABLE IF EXISTS coupes_pathos;
DROP TABLE IF EXISTS protocoles;
DROP TABLE IF EXISTS actions_prevention;
DROP TABLE IF EXISTS conventions;
DROP TABLE IF EXISTS rapports_annuels;
DROP TABLE IF EXISTS etablissement;

CREATE TABLE etablissement (
    id                  INTEGER PRIMARY KEY,
    finess              TEXT    NOT NULL,
    raison_sociale      TEXT    NOT NULL,
    categorie_finess    TEXT    NOT NULL,   -- '500' = EHPAD
    statut              TEXT    NOT NULL,   -- PUB / PNL / PCO
    option_tarifaire    TEXT    NOT NULL,   -- TG, TG_PUI, TP, TP_PUI
    places_permanentes  INTEGER NOT NULL,
    places_temporaires  INTEGER NOT NULL,
    places_accueil_jour INTEGER,            -- NULL: no day care
    places_pasa         INTEGER,            -- NULL: no PASA
    places_uhr          INTEGER,            -- NULL: no UHR
    unite_protegee      INTEGER NOT NULL CHECK (unite_protegee IN (0, 1)),
    adresse             TEXT,
    telephone           TEXT
);

CREATE TABLE residents (
    id                     INTEGER PRIMARY KEY,
    nom                    TEXT    NOT NULL,
    prenom                 TEXT    NOT NULL,
    sexe                   TEXT    NOT NULL CHECK (sexe IN ('H', 'F')),
    date_naissance         TEXT    NOT NULL,
    date_entree            TEXT    NOT NULL,
    date_sortie            TEXT,              -- NULL: still present
    hebergement            TEXT    NOT NULL CHECK (hebergement IN ('HP', 'HT')),
    chambre                TEXT,
    gir                    INTEGER NOT NULL CHECK (gir BETWEEN 1 AND 6),
    protection_juridique   TEXT,              -- NULL, 'TUTELLE', 'CURATELLE', 'HABILITATION'
    personne_confiance     TEXT,              -- name, NULL if none designated
    directives_anticipees  INTEGER NOT NULL DEFAULT 0,
    alzheimer              INTEGER NOT NULL DEFAULT 0,
    neuroleptiques         INTEGER NOT NULL DEFAULT 0,
    nb_molecules           INTEGER NOT NULL DEFAULT 0,
    contention             INTEGER NOT NULL DEFAULT 0,
    escarre                INTEGER NOT NULL DEFAULT 0,
    denutrition            INTEGER NOT NULL DEFAULT 0,
    vaccin_grippe_le       TEXT,              -- last flu shot
    projet_personnalise_le TEXT               -- last update of the care plan
);

CREATE TABLE evenements (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents(id),
    type        TEXT    NOT NULL CHECK (type IN ('ENTREE', 'SORTIE', 'DECES', 'HOSPITALISATION',
                                                 'URGENCES', 'CHUTE', 'TELECONSULTATION', 'EIGS',
                                                 'EVALUATION_COGNITIVE', 'HAD')),
    date_debut  TEXT    NOT NULL,
    date_fin    TEXT,                         -- hospitalisations, HAD
    lieu        TEXT,                         -- DECES: 'ETABLISSEMENT' or 'HOPITAL'
    motif       TEXT                          -- SORTIE: 'DOMICILE', 'AUTRE_EHPAD', ...
);
CREATE INDEX evenements_type ON evenements(type, date_debut);

CREATE TABLE fonctions (
    id               INTEGER PRIMARY KEY,
    libelle          TEXT NOT NULL,
    categorie_sidoba TEXT                     -- NULL: not reported (kitchen, office...)
);

CREATE TABLE personnels (
    id          INTEGER PRIMARY KEY,
    matricule   TEXT    NOT NULL UNIQUE,
    nom         TEXT    NOT NULL,
    prenom      TEXT    NOT NULL,
    fonction_id INTEGER NOT NULL REFERENCES fonctions(id),
    quotite     INTEGER NOT NULL CHECK (quotite BETWEEN 1 AND 100), -- % of full time
    date_entree TEXT    NOT NULL,
    date_sortie TEXT
);

CREATE TABLE postes_vacants (
    id          INTEGER PRIMARY KEY,
    fonction_id INTEGER NOT NULL REFERENCES fonctions(id),
    quotite     INTEGER NOT NULL,             -- % of full time
    ouvert_le   TEXT    NOT NULL
);

CREATE TABLE formations (
    id            INTEGER PRIMARY KEY,
    personnel_id  INTEGER NOT NULL REFERENCES personnels(id),
    intitule      TEXT    NOT NULL,
    date_debut    TEXT    NOT NULL,
    duree_minutes INTEGER NOT NULL
);

CREATE TABLE coupes_pathos (
    id              INTEGER PRIMARY KEY,
    date_validation TEXT NOT NULL,
    gmp_valide      INTEGER NOT NULL,
    pmp             TEXT NOT NULL             -- exact decimal, as text
);

CREATE TABLE protocoles (
    code             TEXT PRIMARY KEY,        -- 'CHUTES', 'NUTRITION', ...
    libelle          TEXT    NOT NULL,
    date_mise_a_jour TEXT,
    en_vigueur       INTEGER NOT NULL
);

CREATE TABLE actions_prevention (
    id      INTEGER PRIMARY KEY,
    annee   INTEGER NOT NULL,
    action  TEXT    NOT NULL,                 -- SIDOBA code of the action
    detail  TEXT
);

CREATE TABLE conventions (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL,             -- 'HAD', 'EMG', 'PHARMACIE', ...
    partenaire     TEXT NOT NULL,
    finess         TEXT,
    date_signature TEXT NOT NULL,
    date_fin       TEXT
);

CREATE TABLE rapports_annuels (
    annee                    INTEGER PRIMARY KEY,
    date_avis_commission     TEXT,
    date_signature           TEXT,
    recommandations_annexees INTEGER,
    medecin_coordonnateur    TEXT,
    directeur                TEXT
);

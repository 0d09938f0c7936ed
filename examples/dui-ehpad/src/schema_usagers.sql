-- The DUI's resident files (identity, stays, care records), as its
-- admissions and care modules keep them: what the user-level RAMA usager
-- 2026 report is read from. Separate from the 2025 tables of schema.sql,
-- which feed the structure-level RAMA 2025 report. Same conventions: ISO
-- text dates, 0/1 flags, exact decimals as integers in tenths (poids_hg).

DROP TABLE IF EXISTS surveillances;
DROP TABLE IF EXISTS directives_anticipees;
DROP TABLE IF EXISTS personnes_confiance;
DROP TABLE IF EXISTS mesures_protection;
DROP TABLE IF EXISTS hospitalisations;
DROP TABLE IF EXISTS chutes;
DROP TABLE IF EXISTS pesees;
DROP TABLE IF EXISTS profils_pathos;
DROP TABLE IF EXISTS evaluations_aggir;
DROP TABLE IF EXISTS sejours;
DROP TABLE IF EXISTS dossiers;

-- One resident file, with the identity as the INS module keeps it.
CREATE TABLE dossiers (
    id                   INTEGER PRIMARY KEY,
    numero_dossier       TEXT    NOT NULL UNIQUE, -- the DUI's local id: 'R-00017'
    statut_identite      TEXT    NOT NULL,        -- 'PROV', 'RECUP', 'VALI', 'QUAL'
    ins_type             TEXT,                    -- 'NIR' or 'NIA', once qualified (INSi)
    ins_valeur           TEXT,                    -- 15 characters, key included
    nom_naissance        TEXT    NOT NULL,
    prenoms_naissance    TEXT    NOT NULL,        -- birth given names, space-separated (INSi)
    nom_usage            TEXT,                    -- not sent
    prenom_usage         TEXT,                    -- not sent
    sexe                 TEXT    NOT NULL,        -- 'F', 'H', 'I'
    date_naissance       TEXT    NOT NULL,
    rang_naissance       INTEGER,                 -- NULL: unknown
    lieu_naissance_insee TEXT                     -- COG code ('69123', '99127' abroad), NULL: unknown
);

-- Stays: permanent (HP) or temporary (HT) accommodation.
CREATE TABLE sejours (
    id             INTEGER PRIMARY KEY,
    dossier_id     INTEGER NOT NULL REFERENCES dossiers(id),
    numero_sejour  TEXT    NOT NULL UNIQUE,       -- 'H-2019-044'
    type_accueil   TEXT    NOT NULL,              -- 'HP', 'HT'
    date_admission TEXT    NOT NULL,
    date_sortie    TEXT,                          -- NULL: still present
    motif_sortie   TEXT,                          -- 'RETOUR_DOMICILE', 'MUTATION', 'DECES'
    lieu_deces     TEXT                           -- DECES: 'EHPAD' or 'HOPITAL'
);

CREATE TABLE evaluations_aggir (
    id              INTEGER PRIMARY KEY,
    dossier_id      INTEGER NOT NULL REFERENCES dossiers(id),
    date_evaluation TEXT    NOT NULL,
    gir             INTEGER NOT NULL              -- 1 to 6
);

-- The care profiles of each PATHOS assessment (one row per profile).
CREATE TABLE profils_pathos (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    date_coupe TEXT    NOT NULL,
    profil     TEXT    NOT NULL                   -- 'T1', 'M2', 'S0', ...
);

CREATE TABLE pesees (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    date_pesee TEXT    NOT NULL,
    poids_hg   INTEGER NOT NULL,                  -- tenths of a kilogram: 485 = 48.5 kg
    taille_cm  INTEGER                            -- NULL: not measured
);

CREATE TABLE chutes (
    id            INTEGER PRIMARY KEY,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
    date_chute    TEXT    NOT NULL,
    circonstances TEXT
);

CREATE TABLE hospitalisations (
    id          INTEGER PRIMARY KEY,
    dossier_id  INTEGER NOT NULL REFERENCES dossiers(id),
    date_entree TEXT    NOT NULL,
    date_retour TEXT,                             -- NULL: still in hospital
    motif       TEXT,                             -- 'TRAUMATOLOGIE', 'CARDIOLOGIE', ... NULL: unknown
    service     TEXT
);

CREATE TABLE mesures_protection (
    id            INTEGER PRIMARY KEY,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
    mesure        TEXT    NOT NULL,               -- 'TUTELLE', 'CURATELLE_RENFORCEE', ...
    date_jugement TEXT    NOT NULL,
    date_fin      TEXT
);

CREATE TABLE personnes_confiance (
    id               INTEGER PRIMARY KEY,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers(id),
    nom              TEXT    NOT NULL,            -- not sent: only whether one is designated
    lien             TEXT,
    date_designation TEXT    NOT NULL
);

CREATE TABLE directives_anticipees (
    id                INTEGER PRIMARY KEY,
    dossier_id        INTEGER NOT NULL REFERENCES dossiers(id),
    date_redaction    TEXT    NOT NULL,
    lieu_conservation TEXT
);

-- Care alerts of the care plan, with their period.
CREATE TABLE surveillances (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    type       TEXT    NOT NULL,                  -- 'ESCARRE', 'CONTENTION', 'DENUTRITION', 'NEUROLEPTIQUE'
    debut      TEXT    NOT NULL,
    fin        TEXT
);

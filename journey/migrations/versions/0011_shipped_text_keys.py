"""Shipped texts follow the interface's language (issue 19, part 9): an itinerary item laid
out from a protocol's step or the follow-up plan keeps that text's English title in
``text_key``, by which the window shows its title and notes in the language it is in.

Existing items are recognised here, in raw SQL: an item whose kind and title are a shipped
step's, in English or in Spanish, and whose notes are still that step's (in either language,
or none where the step has none), gets the step's key. Titles and notes stay exactly as
stored, so nothing the user wrote changes, and an item whose title or notes they changed
(notes emptied too) keeps their words, unkeyed, as before. The texts are frozen below as
this release shipped them (resources/protocols, resources/aftercare/follow_up.json and their
Spanish in resources/i18n/journey_data_es.ts): a migration never reads files that change.

Revision ID: 0011_shipped_text_keys
Revises: 0010_trip_details
Create Date: 2026-12-06
"""

# The shipped texts are frozen word for word, long lines and all.
# ruff: noqa: E501

import sqlalchemy as sa
from alembic import op

revision = "0011_shipped_text_keys"
down_revision = "0010_trip_details"
branch_labels = None
depends_on = None

# (kind, English title = the key, Spanish title, English notes, Spanish notes)
SHIPPED: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "hotel_check_in",
        "Hotel check-in",
        "Registro de entrada en el hotel",
        "",
        "",
    ),
    (
        "tests",
        "Evaluation and blood tests",
        "Evaluación y análisis de sangre",
        "",
        "",
    ),
    (
        "iv_infusion",
        "IV infusion of stem cells",
        "Infusión intravenosa de células madre",
        "",
        "",
    ),
    (
        "intrathecal_injection",
        "Intrathecal injection (lumbar puncture)",
        "Inyección intratecal (punción lumbar)",
        "Ask the clinic how long to lie flat afterwards.",
        "Pregunte en la clínica cuánto tiempo debe permanecer acostado después.",
    ),
    (
        "discharge",
        "Discharge and aftercare papers",
        "Alta y documentos de cuidados posteriores",
        "",
        "",
    ),
    (
        "hotel_check_out",
        "Hotel check-out",
        "Salida del hotel",
        "",
        "",
    ),
    (
        "flight",
        "Flight home",
        "Vuelo de regreso a casa",
        "",
        "",
    ),
    (
        "clinic_appointment",
        "First consultation and evaluation",
        "Primera consulta y evaluación",
        "",
        "",
    ),
    (
        "tests",
        "Blood tests, chest X-ray and heart check",
        "Análisis de sangre, radiografía de tórax y revisión del corazón",
        "",
        "",
    ),
    (
        "tests",
        "MRI and remaining tests",
        "Resonancia magnética y estudios restantes",
        "",
        "",
    ),
    (
        "mobilisation",
        "Mobilisation: cyclophosphamide, first block (day 1 of 2)",
        "Movilización: ciclofosfamida, primer bloque (día 1 de 2)",
        "",
        "",
    ),
    (
        "mobilisation",
        "Mobilisation: cyclophosphamide, first block (day 2 of 2)",
        "Movilización: ciclofosfamida, primer bloque (día 2 de 2)",
        "",
        "",
    ),
    (
        "mobilisation",
        "G-CSF injections, daily, through the collection",
        "Inyecciones de G-CSF, diarias, durante toda la recolección",
        "G-CSF moves stem cells from the bone marrow into the blood for collection.",
        "El G-CSF hace que las células madre pasen de la médula ósea a la sangre para poder recolectarlas.",
    ),
    (
        "stem_cell_collection",
        "Stem-cell collection (apheresis), session 1",
        "Recolección de células madre (aféresis), sesión 1",
        "",
        "",
    ),
    (
        "conditioning",
        "Conditioning: cyclophosphamide, second block (day 1 of 2)",
        "Acondicionamiento: ciclofosfamida, segundo bloque (día 1 de 2)",
        "",
        "",
    ),
    (
        "stem_cell_collection",
        "Apheresis session 2, if needed",
        "Aféresis, sesión 2, si hace falta",
        "",
        "",
    ),
    (
        "conditioning",
        "Conditioning: cyclophosphamide, second block (day 2 of 2)",
        "Acondicionamiento: ciclofosfamida, segundo bloque (día 2 de 2)",
        "",
        "",
    ),
    (
        "reinfusion",
        "Reinfusion of your stem cells",
        "Reinfusión de sus células madre",
        "",
        "",
    ),
    (
        "isolation",
        "Neutropenia: protective isolation until your counts recover",
        "Neutropenia: aislamiento protector hasta que se recuperen sus recuentos",
        "Day +8 is only the median recovery day (range 2–14): isolation ends when the team says your counts have recovered.",
        "El día +8 es solo la mediana de recuperación (intervalo 2–14): el aislamiento termina cuando el equipo dice que sus recuentos se han recuperado.",
    ),
    (
        "tests",
        "Blood count: engraftment check",
        "Biometría hemática: revisión del injerto",
        "",
        "",
    ),
    (
        "discharge",
        "Discharge: instructions and medications",
        "Alta: indicaciones y medicamentos",
        "",
        "",
    ),
    (
        "follow_up",
        "Fit-to-fly check",
        "Revisión de aptitud para volar",
        "",
        "",
    ),
    (
        "follow_up",
        "EDSS review with your neurologist",
        "Revisión de la EDSS con su neurólogo",
        "SPEC §2.6: the clinic's schedule, commonly EDSS every 3 months; follow-up after HSCT for MS as in the EBMT guidelines (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306).",
        "SPEC §2.6: el calendario de la clínica, por lo común la EDSS cada 3 meses; seguimiento después del TACMH para la esclerosis múltiple según las guías de la EBMT (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306).",
    ),
    (
        "follow_up",
        "MRI (as your team chose)",
        "Resonancia magnética (según lo decidido por su equipo)",
        "MRI at months chosen by the user's team; commonly a re-baseline scan about 6 months after treatment and yearly after — as the EBMT guidelines above.",
        "Resonancia magnética en los meses que decida su equipo; por lo común, un estudio que sirve de nueva referencia unos 6 meses después del tratamiento y después uno cada año — según las guías de la EBMT citadas arriba.",
    ),
    (
        "revaccination",
        "Ask your team when inactivated vaccines can start (commonly from 3–6 months) — as your team decides",
        "Pregunte a su equipo cuándo pueden empezar las vacunas inactivadas (por lo común a partir de 3–6 meses) — según lo decida su equipo",
        "Revaccination after autologous HSCT, counted from day 0: inactivated vaccines from about 3–6 months (pneumococcal conjugate from 3–6 months; influenza from 6 months, or from 4 months during an outbreak; tetanus–diphtheria–pertussis, Haemophilus influenzae type b, inactivated polio and hepatitis B from 6–12 months) — Majhail NS, et al. Recommended screening and preventive practices for long-term survivors after hematopoietic cell transplantation. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis. 2014;58(3):e44–e100. Which vaccines, and when, as your team decides.",
        "Revacunación después del TACMH autólogo, contada desde el día 0: vacunas inactivadas a partir de unos 3–6 meses (antineumocócica conjugada a partir de 3–6 meses; gripe a partir de 6 meses, o de 4 meses durante un brote; tétanos–difteria–tos ferina, Haemophilus influenzae tipo b, polio inactivada y hepatitis B a partir de 6–12 meses) — Majhail NS, et al. Recommended screening and preventive practices for long-term survivors after hematopoietic cell transplantation. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis. 2014;58(3):e44–e100. Qué vacunas y cuándo, según lo decida su equipo.",
    ),
    (
        "revaccination",
        "Ask your team about the inactivated vaccines commonly given from 6 months — as your team decides",
        "Pregunte a su equipo sobre las vacunas inactivadas que por lo común se ponen a partir de los 6 meses — según lo decida su equipo",
        "Revaccination after autologous HSCT, counted from day 0: inactivated vaccines from about 3–6 months (pneumococcal conjugate from 3–6 months; influenza from 6 months, or from 4 months during an outbreak; tetanus–diphtheria–pertussis, Haemophilus influenzae type b, inactivated polio and hepatitis B from 6–12 months) — Majhail NS, et al. Recommended screening and preventive practices for long-term survivors after hematopoietic cell transplantation. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis. 2014;58(3):e44–e100. Which vaccines, and when, as your team decides.",
        "Revacunación después del TACMH autólogo, contada desde el día 0: vacunas inactivadas a partir de unos 3–6 meses (antineumocócica conjugada a partir de 3–6 meses; gripe a partir de 6 meses, o de 4 meses durante un brote; tétanos–difteria–tos ferina, Haemophilus influenzae tipo b, polio inactivada y hepatitis B a partir de 6–12 meses) — Majhail NS, et al. Recommended screening and preventive practices for long-term survivors after hematopoietic cell transplantation. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis. 2014;58(3):e44–e100. Qué vacunas y cuándo, según lo decida su equipo.",
    ),
    (
        "revaccination",
        "Ask your team whether live vaccines are possible (not before 24 months, only off immunosuppression) — as your team decides",
        "Pregunte a su equipo si son posibles las vacunas de virus vivos atenuados (no antes de 24 meses, solo sin inmunosupresión) — según lo decida su equipo",
        "Live vaccines (such as measles–mumps–rubella, varicella) after autologous HSCT: not before 24 months after day 0, and only without immunosuppression (and, after allogeneic transplants, without active graft-versus-host disease) — Majhail NS, et al. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. Clin Infect Dis. 2014;58(3):e44–e100. Whether and when, as your team decides.",
        "Vacunas de virus vivos atenuados (como sarampión–paperas–rubéola o varicela) después del TACMH autólogo: no antes de 24 meses después del día 0, y solo sin inmunosupresión (y, tras un trasplante alogénico, sin enfermedad injerto contra huésped activa) — Majhail NS, et al. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. Clin Infect Dis. 2014;58(3):e44–e100. Si se ponen y cuándo, según lo decida su equipo.",
    ),
)


def upgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_key", sa.String(length=200), nullable=True))
    recognise = sa.text(
        "UPDATE itinerary_item SET text_key = :english"
        " WHERE text_key IS NULL AND kind = :kind AND title IN (:english, :spanish)"
        " AND notes IN (:english_notes, :spanish_notes)"
    )
    for kind, english, spanish, english_notes, spanish_notes in SHIPPED:
        op.execute(
            recognise.bindparams(
                kind=kind,
                english=english,
                spanish=spanish,
                english_notes=english_notes,
                spanish_notes=spanish_notes,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_column("text_key")

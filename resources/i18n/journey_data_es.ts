<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>data</name>
        <message>
            <source>EDSS review with your neurologist</source>
            <extracomment>resources/aftercare/follow_up.json: steps.*[].title</extracomment>
            <translation>Revisión de la EDSS con su neurólogo</translation>
        </message>
        <message>
            <source>Ask your team when inactivated vaccines can start (commonly from 3–6 months) — as your team decides</source>
            <extracomment>resources/aftercare/follow_up.json: steps.*[].title</extracomment>
            <translation>Pregunte a su equipo cuándo pueden empezar las vacunas inactivadas (por lo común a partir de 3–6 meses) — según lo decida su equipo</translation>
        </message>
        <message>
            <source>MRI (as your team chose)</source>
            <extracomment>resources/aftercare/follow_up.json: steps.*[].title</extracomment>
            <translation>Resonancia magnética (según lo decidido por su equipo)</translation>
        </message>
        <message>
            <source>Ask your team about the inactivated vaccines commonly given from 6 months — as your team decides</source>
            <extracomment>resources/aftercare/follow_up.json: steps.*[].title</extracomment>
            <translation>Pregunte a su equipo sobre las vacunas inactivadas que por lo común se ponen a partir de los 6 meses — según lo decida su equipo</translation>
        </message>
        <message>
            <source>Ask your team whether live vaccines are possible (not before 24 months, only off immunosuppression) — as your team decides</source>
            <extracomment>resources/aftercare/follow_up.json: steps.*[].title</extracomment>
            <translation>Pregunte a su equipo si son posibles las vacunas de virus vivos atenuados (no antes de 24 meses, solo sin inmunosupresión) — según lo decida su equipo</translation>
        </message>
        <message>
            <source>The clinic's schedule, commonly EDSS every 3 months; follow-up after HSCT for MS as in the EBMT guidelines (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306).</source>
            <extracomment>resources/aftercare/follow_up.json: sources.*</extracomment>
            <translation>El calendario de la clínica, por lo común la EDSS cada 3 meses; seguimiento después del TACMH para la esclerosis múltiple según las guías de la EBMT (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306).</translation>
        </message>
        <message>
            <source>MRI at months your team chooses; commonly a re-baseline scan about 6 months after treatment and yearly after — as the EBMT guidelines above.</source>
            <extracomment>resources/aftercare/follow_up.json: sources.*</extracomment>
            <translation>Resonancia magnética en los meses que decida su equipo; por lo común, un estudio que sirve de nueva referencia unos 6 meses después del tratamiento y después uno cada año — según las guías de la EBMT citadas arriba.</translation>
        </message>
        <message>
            <source>Revaccination after autologous HSCT, counted from day 0: inactivated vaccines from about 3–6 months (pneumococcal conjugate from 3–6 months; influenza from 6 months, or from 4 months during an outbreak; tetanus–diphtheria–pertussis, Haemophilus influenzae type b, inactivated polio and hepatitis B from 6–12 months) — Majhail NS, et al. Recommended screening and preventive practices for long-term survivors after hematopoietic cell transplantation. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis. 2014;58(3):e44–e100. Which vaccines, and when, as your team decides.</source>
            <extracomment>resources/aftercare/follow_up.json: sources.*</extracomment>
            <translation>Revacunación después del TACMH autólogo, contada desde el día 0: vacunas inactivadas a partir de unos 3–6 meses (antineumocócica conjugada a partir de 3–6 meses; gripe a partir de 6 meses, o de 4 meses durante un brote; tétanos–difteria–tos ferina, Haemophilus influenzae tipo b, polio inactivada y hepatitis B a partir de 6–12 meses) — Majhail NS, et al. Recommended screening and preventive practices for long-term survivors after hematopoietic cell transplantation. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis. 2014;58(3):e44–e100. Qué vacunas y cuándo, según lo decida su equipo.</translation>
        </message>
        <message>
            <source>Live vaccines (such as measles–mumps–rubella, varicella) after autologous HSCT: not before 24 months after day 0, and only without immunosuppression (and, after allogeneic transplants, without active graft-versus-host disease) — Majhail NS, et al. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. Clin Infect Dis. 2014;58(3):e44–e100. Whether and when, as your team decides.</source>
            <extracomment>resources/aftercare/follow_up.json: sources.*</extracomment>
            <translation>Vacunas de virus vivos atenuados (como sarampión–paperas–rubéola o varicela) después del TACMH autólogo: no antes de 24 meses después del día 0, y solo sin inmunosupresión (y, tras un trasplante alogénico, sin enfermedad injerto contra huésped activa) — Majhail NS, et al. Biol Blood Marrow Transplant. 2012;18(3):348–371; Rubin LG, et al. Clin Infect Dis. 2014;58(3):e44–e100. Si se ponen y cuándo, según lo decida su equipo.</translation>
        </message>
        <message>
            <source>NEDA-3: no relapses, no new or enlarging T2 or gadolinium-enhancing lesions, no confirmed EDSS progression — Havrdova E, et al. Lancet Neurol. 2009;8(3):254–260; Giovannoni G, et al. Mult Scler Relat Disord. 2015;4(4):329–333.</source>
            <extracomment>resources/aftercare/neda3.json: neda_source</extracomment>
            <translation>NEDA-3: sin recaídas, sin lesiones T2 nuevas o que aumenten de tamaño ni lesiones realzadas con gadolinio, sin progresión confirmada de la EDSS — Havrdova E, et al. Lancet Neurol. 2009;8(3):254–260; Giovannoni G, et al. Mult Scler Relat Disord. 2015;4(4):329–333.</translation>
        </message>
        <message>
            <source>Confirmed disability progression as commonly defined in MS trials and registries, e.g. Kalincik T, et al. Brain. 2015;138(11):3287–3298; Kappos L, et al. JAMA Neurol. 2020;77(9):1132–1140: an EDSS increase of 1.5 from 0, 1.0 from 1.0–5.5, 0.5 from 6.0 or more, sustained at a visit at least 24 weeks later.</source>
            <extracomment>resources/aftercare/neda3.json: source</extracomment>
            <translation>Progresión confirmada de la discapacidad como se define por lo común en los ensayos clínicos y registros de esclerosis múltiple, p. ej., Kalincik T, et al. Brain. 2015;138(11):3287–3298; Kappos L, et al. JAMA Neurol. 2020;77(9):1132–1140: un aumento de la EDSS de 1.5 desde 0, de 1.0 desde 1.0–5.5 y de 0.5 desde 6.0 o más, que se mantiene en una consulta al menos 24 semanas después.</translation>
        </message>
        <message>
            <source>After HSCT, MRI activity is commonly counted against a new reference scan made some months after the transplant rather than against the scan before it, because the treatment itself changes the early scans — e.g. Burt RK, et al. JAMA. 2019;321(2):165–174 (MIST); Muraro PA, et al. JAMA Neurol. 2017;74(4):459–469. Journey's default: the re-baseline MRI about 6 months after day 0, the scan in the follow-up plan (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306). A recorded MRI from 3 to 9 months after day 0 (Journey's reading of "about 6 months") is taken as that scan. Change the period's start to what your team uses.</source>
            <extracomment>resources/aftercare/neda3.json: hsct_rebaseline.source</extracomment>
            <translation>Después del TACMH, la actividad en la resonancia suele contarse frente a una nueva resonancia de referencia hecha unos meses después del trasplante, y no frente a la de antes, porque el propio tratamiento cambia las primeras resonancias — p. ej. Burt RK, et al. JAMA. 2019;321(2):165–174 (MIST); Muraro PA, et al. JAMA Neurol. 2017;74(4):459–469. Lo predeterminado en Journey: la resonancia de nueva referencia unos 6 meses después del día 0, la del plan de seguimiento (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306). Una resonancia registrada entre 3 y 9 meses después del día 0 (la lectura de Journey de «unos 6 meses») se toma como esa resonancia. Cambie el inicio del periodo al que use su equipo.</translation>
        </message>
        <message>
            <source>Energy</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Energía</translation>
        </message>
        <message>
            <source>Fatigue</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Fatiga</translation>
        </message>
        <message>
            <source>Thinking clarity</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Claridad mental</translation>
        </message>
        <message>
            <source>Walking and mobility</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Marcha y movilidad</translation>
        </message>
        <message>
            <source>Balance</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Equilibrio</translation>
        </message>
        <message>
            <source>Hand use</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Uso de las manos</translation>
        </message>
        <message>
            <source>Pain</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Mood</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Estado de ánimo</translation>
        </message>
        <message>
            <source>Sleep</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Sueño</translation>
        </message>
        <message>
            <source>Bladder and bowel</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Vejiga e intestino</translation>
        </message>
        <message>
            <source>Overall quality of life</source>
            <extracomment>resources/aftercare/scales.json: scales[].name</extracomment>
            <translation>Calidad de vida en general</translation>
        </message>
        <message>
            <source>No energy at all</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Nada de energía</translation>
        </message>
        <message>
            <source>No fatigue</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Sin fatiga</translation>
        </message>
        <message>
            <source>Very foggy, hard to think</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Mente muy nublada, me cuesta pensar</translation>
        </message>
        <message>
            <source>Cannot walk</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>No puedo caminar</translation>
        </message>
        <message>
            <source>Fall or nearly fall often</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Me caigo o casi me caigo a menudo</translation>
        </message>
        <message>
            <source>Cannot use my hands</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>No puedo usar las manos</translation>
        </message>
        <message>
            <source>No pain</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Sin dolor</translation>
        </message>
        <message>
            <source>Very low</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Muy bajo</translation>
        </message>
        <message>
            <source>Very poor sleep</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Dormí muy mal</translation>
        </message>
        <message>
            <source>Constant problems</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>Problemas constantes</translation>
        </message>
        <message>
            <source>Worst possible</source>
            <extracomment>resources/aftercare/scales.json: scales[].low</extracomment>
            <translation>La peor posible</translation>
        </message>
        <message>
            <source>Full of energy</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Con toda la energía</translation>
        </message>
        <message>
            <source>Worst fatigue I can imagine</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>La peor fatiga que pueda imaginar</translation>
        </message>
        <message>
            <source>Clear and sharp</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Mente clara y ágil</translation>
        </message>
        <message>
            <source>Walk as far as I want</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Camino tanto como quiero</translation>
        </message>
        <message>
            <source>Steady on my feet</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Firme al estar de pie</translation>
        </message>
        <message>
            <source>Full, easy use</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Uso completo y sin dificultad</translation>
        </message>
        <message>
            <source>Worst pain I can imagine</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>El peor dolor que pueda imaginar</translation>
        </message>
        <message>
            <source>Very good</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Muy bueno</translation>
        </message>
        <message>
            <source>Slept well, rested</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Dormí bien y descansé</translation>
        </message>
        <message>
            <source>No problems</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>Sin problemas</translation>
        </message>
        <message>
            <source>Best possible</source>
            <extracomment>resources/aftercare/scales.json: scales[].high</extracomment>
            <translation>La mejor posible</translation>
        </message>
        <message>
            <source>Platelet transfusion</source>
            <extracomment>resources/blood_counts/counts.json: transfusions.*</extracomment>
            <translation>Transfusión de plaquetas</translation>
        </message>
        <message>
            <source>Red-cell transfusion</source>
            <extracomment>resources/blood_counts/counts.json: transfusions.*</extracomment>
            <translation>Transfusión de glóbulos rojos</translation>
        </message>
        <message>
            <source>Ruiz-Argüelles GJ et al., Blood 2016;128(22):2262 (ASH abstract, the 'Mexican method'; ClinicalTrials.gov NCT02674217): “After the intravenous Cy, oral ondansetron, oral cotrimoxazole, oral fluconazole and oral acyclovir were used in all patients until granulocytes were greater than 0.5 x 10⁹/L.”</source>
            <extracomment>resources/medications/medications.json: prophylaxis.*.source</extracomment>
            <translation>Ruiz-Argüelles GJ et al., Blood 2016;128(22):2262 (resumen de la ASH, el «método mexicano»; ClinicalTrials.gov NCT02674217): “After the intravenous Cy, oral ondansetron, oral cotrimoxazole, oral fluconazole and oral acyclovir were used in all patients until granulocytes were greater than 0.5 x 10⁹/L.” (tras la ciclofosfamida intravenosa, todos los pacientes tomaron ondansetrón, cotrimoxazol, fluconazol y aciclovir por boca hasta que los granulocitos superaron ese valor).</translation>
        </message>
        <message>
            <source>The medicines this protocol's cited source lists. Your clinic may give others, or none of these: add only what your team gave you, with the dose they gave you.</source>
            <extracomment>resources/medications/medications.json: prophylaxis.*.note</extracomment>
            <translation>Los medicamentos que menciona la fuente citada de este protocolo. Su clínica puede darle otros, o ninguno de estos: añada solo lo que le dio su equipo, con la dosis que le dio.</translation>
        </message>
        <message>
            <source>for nausea</source>
            <extracomment>resources/medications/medications.json: prophylaxis.*.drugs[].use</extracomment>
            <translation>para las náuseas</translation>
        </message>
        <message>
            <source>antibiotic</source>
            <extracomment>resources/medications/medications.json: prophylaxis.*.drugs[].use</extracomment>
            <translation>antibiótico</translation>
        </message>
        <message>
            <source>antifungal</source>
            <extracomment>resources/medications/medications.json: prophylaxis.*.drugs[].use</extracomment>
            <translation>antifúngico</translation>
        </message>
        <message>
            <source>antiviral</source>
            <extracomment>resources/medications/medications.json: prophylaxis.*.drugs[].use</extracomment>
            <translation>antiviral</translation>
        </message>
        <message>
            <source>Autologous HSCT, about a month</source>
            <extracomment>resources/protocols/hsct.json: name</extracomment>
            <translation>TACMH (trasplante autólogo de células madre hematopoyéticas), aproximadamente un mes</translation>
        </message>
        <message>
            <source>An example layout to start from, following the outpatient 'Mexican method' day by day (day 0 is the reinfusion, here day 15 of the stay). Replace the days and times with your clinic's written schedule; moving day 0 renumbers every day.</source>
            <extracomment>resources/protocols/hsct.json: note</extracomment>
            <translation>Un ejemplo para empezar, que sigue día a día el «método mexicano» ambulatorio (el día 0 es la reinfusión, aquí el día 15 de la estancia). Sustituya los días y las horas por el calendario escrito de su clínica; mover el día 0 renumera todos los días.</translation>
        </message>
        <message>
            <source>From a patient guide for people travelling for stem-cell treatment: one clinic states 28 days with a caregiver; arrival and evaluation, mobilisation (cyclophosphamide and G-CSF), stem-cell collection (apheresis, 1–3 sessions), conditioning, day 0 = reinfusion, neutropenia and protective isolation, engraftment, discharge, fit-to-fly.</source>
            <extracomment>resources/protocols/hsct.json: sources[]</extracomment>
            <translation>De una guía para pacientes que viajan para recibir tratamiento con células madre: una clínica indica 28 días con un cuidador; llegada y evaluación, movilización (ciclofosfamida y G-CSF), recolección de células madre (aféresis, 1–3 sesiones), acondicionamiento, día 0 = reinfusión, neutropenia y aislamiento protector, injerto, alta, aptitud para volar.</translation>
        </message>
        <message>
            <source>The 'Mexican method' (Ruiz-Argüelles GJ et al., Blood 2016;128(22):2262, ASH abstract; ClinicalTrials.gov NCT02674217): cyclophosphamide 50 mg/kg on days −11 and −10 (here days 4 and 5); G-CSF on days −9 to −1, through the collection (here days 6 to 14); apheresis on day −2 (here day 13), a second session on day −1 if needed; cyclophosphamide 50 mg/kg on days −2 and −1 after the collection (here days 13 and 14): two blocks nine days apart. Doses are the source's, for reference only: the clinic sets them.</source>
            <extracomment>resources/protocols/hsct.json: sources[]</extracomment>
            <translation>El «método mexicano» (Ruiz-Argüelles GJ et al., Blood 2016;128(22):2262, resumen de la ASH; ClinicalTrials.gov NCT02674217): ciclofosfamida 50 mg/kg los días −11 y −10 (aquí los días 4 y 5); G-CSF los días −9 a −1, durante toda la recolección (aquí los días 6 a 14); aféresis el día −2 (aquí el día 13), una segunda sesión el día −1 si hace falta; ciclofosfamida 50 mg/kg los días −2 y −1 tras la recolección (aquí los días 13 y 14): dos bloques separados por nueve días. Las dosis son las de la fuente, solo como referencia: las fija la clínica.</translation>
        </message>
        <message>
            <source>Neutrophils recovered above 0.5 ×10⁹/L at a median of day +8 (range 2–14) in 617 patients (Ruiz-Argüelles GJ et al., PMCID PMC6857075): here the engraftment check on day +8. Isolation ends when the counts recover, not on a set day.</source>
            <extracomment>resources/protocols/hsct.json: sources[]</extracomment>
            <translation>Los neutrófilos se recuperaron por encima de 0.5 ×10⁹/L en una mediana del día +8 (intervalo 2–14) en 617 pacientes (Ruiz-Argüelles GJ et al., PMCID PMC6857075): aquí la revisión del injerto el día +8. El aislamiento termina cuando se recuperan los recuentos, no en un día fijo.</translation>
        </message>
        <message>
            <source>For comparison, the Northwestern (MIST) regimen gives cyclophosphamide and rabbit ATG on days −5 to −1: Burt RK et al., JAMA 2019;321(2):165–174.</source>
            <extracomment>resources/protocols/hsct.json: sources[]</extracomment>
            <translation>Como comparación, el esquema de Northwestern (MIST) administra ciclofosfamida y ATG de conejo en los días −5 a −1: Burt RK et al., JAMA 2019;321(2):165–174.</translation>
        </message>
        <message>
            <source>Hotel check-in</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Registro de entrada en el hotel</translation>
        </message>
        <message>
            <source>First consultation and evaluation</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Primera consulta y evaluación</translation>
        </message>
        <message>
            <source>Blood tests, chest X-ray and heart check</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Análisis de sangre, radiografía de tórax y revisión del corazón</translation>
        </message>
        <message>
            <source>MRI and remaining tests</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Resonancia magnética y estudios restantes</translation>
        </message>
        <message>
            <source>Mobilisation: cyclophosphamide, first block (day 1 of 2)</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Movilización: ciclofosfamida, primer bloque (día 1 de 2)</translation>
        </message>
        <message>
            <source>Mobilisation: cyclophosphamide, first block (day 2 of 2)</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Movilización: ciclofosfamida, primer bloque (día 2 de 2)</translation>
        </message>
        <message>
            <source>G-CSF injections, daily, through the collection</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Inyecciones de G-CSF, diarias, durante toda la recolección</translation>
        </message>
        <message>
            <source>Stem-cell collection (apheresis), session 1</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Recolección de células madre (aféresis), sesión 1</translation>
        </message>
        <message>
            <source>Conditioning: cyclophosphamide, second block (day 1 of 2)</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Acondicionamiento: ciclofosfamida, segundo bloque (día 1 de 2)</translation>
        </message>
        <message>
            <source>Apheresis session 2, if needed</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Aféresis, sesión 2, si hace falta</translation>
        </message>
        <message>
            <source>Conditioning: cyclophosphamide, second block (day 2 of 2)</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Acondicionamiento: ciclofosfamida, segundo bloque (día 2 de 2)</translation>
        </message>
        <message>
            <source>Reinfusion of your stem cells</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Reinfusión de sus células madre</translation>
        </message>
        <message>
            <source>Neutropenia: protective isolation until your counts recover</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Neutropenia: aislamiento protector hasta que se recuperen sus recuentos</translation>
        </message>
        <message>
            <source>Blood count: engraftment check</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Biometría hemática: revisión del injerto</translation>
        </message>
        <message>
            <source>Discharge: instructions and medications</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Alta: indicaciones y medicamentos</translation>
        </message>
        <message>
            <source>Fit-to-fly check</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Revisión de aptitud para volar</translation>
        </message>
        <message>
            <source>Hotel check-out</source>
            <extracomment>resources/protocols/hsct.json: steps[].title</extracomment>
            <translation>Salida del hotel</translation>
        </message>
        <message>
            <source>G-CSF moves stem cells from the bone marrow into the blood for collection.</source>
            <extracomment>resources/protocols/hsct.json: steps[].notes</extracomment>
            <translation>El G-CSF hace que las células madre pasen de la médula ósea a la sangre para poder recolectarlas.</translation>
        </message>
        <message>
            <source>Day +8 is only the median recovery day (range 2–14): isolation ends when the team says your counts have recovered.</source>
            <extracomment>resources/protocols/hsct.json: steps[].notes</extracomment>
            <translation>El día +8 es solo la mediana de recuperación (intervalo 2–14): el aislamiento termina cuando el equipo dice que sus recuentos se han recuperado.</translation>
        </message>
        <message>
            <source>Mesenchymal stem cells (MSC), a few days</source>
            <extracomment>resources/protocols/msc.json: name</extracomment>
            <translation>Células madre mesenquimales (CMM), unos días</translation>
        </message>
        <message>
            <source>An example layout to start from. Replace the days and times with your clinic's written schedule; some clinics add sessions.</source>
            <extracomment>resources/protocols/msc.json: note</extracomment>
            <translation>Un ejemplo de calendario para empezar. Sustituya los días y las horas por el calendario escrito de su clínica; algunas clínicas agregan sesiones.</translation>
        </message>
        <message>
            <source>From a patient guide for people travelling for stem-cell treatment: day 1 arrival, evaluation and blood tests; days 2–3 infusions, IV and intrathecal (lumbar puncture); then fly home.</source>
            <extracomment>resources/protocols/msc.json: sources[]</extracomment>
            <translation>De una guía para pacientes que viajan para recibir tratamiento con células madre: día 1, llegada, evaluación y análisis de sangre; días 2–3, infusiones intravenosa e intratecal (punción lumbar); después, vuelo de regreso a casa.</translation>
        </message>
        <message>
            <source>Evaluation and blood tests</source>
            <extracomment>resources/protocols/msc.json: steps[].title</extracomment>
            <translation>Evaluación y análisis de sangre</translation>
        </message>
        <message>
            <source>IV infusion of stem cells</source>
            <extracomment>resources/protocols/msc.json: steps[].title</extracomment>
            <translation>Infusión intravenosa de células madre</translation>
        </message>
        <message>
            <source>Intrathecal injection (lumbar puncture)</source>
            <extracomment>resources/protocols/msc.json: steps[].title</extracomment>
            <translation>Inyección intratecal (punción lumbar)</translation>
        </message>
        <message>
            <source>Discharge and aftercare papers</source>
            <extracomment>resources/protocols/msc.json: steps[].title</extracomment>
            <translation>Alta y documentos de cuidados posteriores</translation>
        </message>
        <message>
            <source>Flight home</source>
            <extracomment>resources/protocols/msc.json: steps[].title</extracomment>
            <translation>Vuelo de regreso a casa</translation>
        </message>
        <message>
            <source>Ask the clinic how long to lie flat afterwards.</source>
            <extracomment>resources/protocols/msc.json: steps[].notes</extracomment>
            <translation>Pregunte en la clínica cuánto tiempo debe permanecer acostado después.</translation>
        </message>
        <message>
            <source>Low-grade fever</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Febrícula (fiebre leve)</translation>
        </message>
        <message>
            <source>Headache</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Dolor de cabeza</translation>
        </message>
        <message>
            <source>Fatigue, for 24–48 hours</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Fatiga, durante 24–48 horas</translation>
        </message>
        <message>
            <source>Headache that is worse when upright</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Dolor de cabeza que empeora al estar sentado o de pie</translation>
        </message>
        <message>
            <source>Back pain at the puncture site</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Dolor de espalda en el sitio de la punción</translation>
        </message>
        <message>
            <source>Neck pain</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Dolor de cuello</translation>
        </message>
        <message>
            <source>Nausea</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Náuseas</translation>
        </message>
        <message>
            <source>The effects your transplant team told you to expect</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Los efectos que su equipo de trasplante le dijo que podía esperar</translation>
        </message>
        <message>
            <source>Until your counts recover, any temperature of 38.0 °C or more is a red flag</source>
            <extracomment>resources/side_effects/expected_effects.json: effects.*[]</extracomment>
            <translation>Hasta que se recuperen sus recuentos, cualquier temperatura de 38.0 °C o más es una señal de alarma</translation>
        </message>
        <message>
            <source>A temperature of {threshold} or more during neutropenia: call the transplant team now.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Una temperatura de {threshold} o más durante la neutropenia: llame ahora mismo al equipo de trasplante.</translation>
        </message>
        <message>
            <source>A temperature below {threshold} during neutropenia: call the transplant team now.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Una temperatura por debajo de {threshold} durante la neutropenia: llame ahora mismo al equipo de trasplante.</translation>
        </message>
        <message>
            <source>A temperature of {threshold} or more: call the clinic's 24-hour line.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Una temperatura de {threshold} o más: llame a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>Two temperatures of {threshold} or more an hour or more apart: call the clinic's 24-hour line.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Dos temperaturas de {threshold} o más, tomadas con una hora o más de diferencia: llame a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>Shaking chills: call the clinic's 24-hour line now.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Escalofríos con temblores: llame ahora mismo a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>Bleeding or tiny red spots on the skin: call the clinic's 24-hour line.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Sangrado o pequeñas manchas rojas en la piel: llame a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>Redness, swelling or discharge where the catheter goes in: call the clinic's 24-hour line.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Enrojecimiento, hinchazón o secreción donde entra el catéter: llame a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>A severe headache after a lumbar puncture: call the clinic's 24-hour line.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Dolor de cabeza intenso después de una punción lumbar: llame a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>New weakness, numbness or trouble passing urine after a lumbar puncture: call the clinic's 24-hour line now.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Debilidad nueva, adormecimiento o dificultad para orinar después de una punción lumbar: llame ahora mismo a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>A stiff neck with a temperature of {threshold} or more after a lumbar puncture: call the clinic's 24-hour line now.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Rigidez de cuello con una temperatura de {threshold} o más después de una punción lumbar: llame ahora mismo a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>Shortness of breath: call the clinic's 24-hour line now; if it is hard to breathe, call emergency services.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Falta de aire: llame ahora a la línea de 24 horas de la clínica; si le cuesta respirar, llame a los servicios de emergencia.</translation>
        </message>
        <message>
            <source>A symptom rated {severity} out of 10: call the clinic's 24-hour line.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].message</extracomment>
            <translation>Un síntoma calificado con {severity} de 10: llame a la línea de 24 horas de la clínica.</translation>
        </message>
        <message>
            <source>SPEC §2.5 default for HSCT neutropenia, which runs from the first conditioning day (or a neutrophil count below 0.5 ×10⁹/L) until neutrophil engraftment or the team says counts have recovered; febrile neutropenia per IDSA: a single oral temperature ≥ 38.3 °C, or ≥ 38.0 °C sustained over 1 hour, with neutrophils below 0.5 ×10⁹/L or expected to fall below it within 48 hours (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Valor predeterminado de SPEC §2.5 para la neutropenia del TPH, que va desde el primer día de acondicionamiento (o un recuento de neutrófilos inferior a 0.5 ×10⁹/L) hasta el injerto de neutrófilos o hasta que el equipo dice que los recuentos se han recuperado; neutropenia febril según la IDSA: una sola temperatura oral ≥ 38.3 °C, o ≥ 38.0 °C mantenida durante 1 hora, con neutrófilos por debajo de 0.5 ×10⁹/L o que se espera que bajen de esa cifra en 48 horas (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</translation>
        </message>
        <message>
            <source>A temperature below 36 °C is one of the systemic-inflammation criteria of sepsis (Bone RC et al., Chest 1992;101(6):1644–1655); in a neutropenic patient infection may show without fever (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Una temperatura inferior a 36 °C es uno de los criterios de inflamación sistémica de la sepsis (Bone RC et al., Chest 1992;101(6):1644–1655); en un paciente neutropénico la infección puede presentarse sin fiebre (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</translation>
        </message>
        <message>
            <source>SPEC §2.5; the single-reading threshold of the IDSA fever definition (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>SPEC §2.5; el umbral de una sola medición de la definición de fiebre de la IDSA (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</translation>
        </message>
        <message>
            <source>SPEC §2.5; ≥ 38.0 °C sustained over 1 hour, as in the IDSA fever definition (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>SPEC §2.5; ≥ 38.0 °C sostenida durante 1 hora, como en la definición de fiebre de la IDSA (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</translation>
        </message>
        <message>
            <source>Shaking chills (rigors) can come before a fever in a bloodstream infection; IDSA lists rigors among the signs to report in neutropenic patients (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93). The instruction to call at once is from transplant centres' patient instructions.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Los escalofríos con temblores pueden aparecer antes de la fiebre en una infección de la sangre; la IDSA los incluye entre los signos que se deben comunicar en pacientes neutropénicos (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93). La indicación de llamar de inmediato procede de las instrucciones para pacientes de los centros de trasplante.</translation>
        </message>
        <message>
            <source>Platelets fall after conditioning, and bleeding is their warning sign (The EBMT Handbook, 7th ed., 2019, chapter on supportive care); blood in the urine after cyclophosphamide can be haemorrhagic cystitis (cyclophosphamide prescribing information, warnings: urotoxicity). Calling for any bleeding is from transplant centres' patient instructions.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Las plaquetas bajan tras el acondicionamiento y el sangrado es su señal de alarma (The EBMT Handbook, 7.ª ed., 2019, capítulo de tratamiento de soporte); la sangre en la orina tras la ciclofosfamida puede ser una cistitis hemorrágica (ficha técnica de la ciclofosfamida, advertencias: urotoxicidad). La indicación de llamar ante cualquier sangrado procede de las instrucciones para pacientes de los centros de trasplante.</translation>
        </message>
        <message>
            <source>Exit-site infection: redness, hardness or pus within 2 cm of where the catheter leaves the skin (Mermel LA et al., Clin Infect Dis 2009;49(1):1–45, IDSA catheter-related infection guideline).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Infección del punto de salida: enrojecimiento, endurecimiento o pus a menos de 2 cm de donde el catéter sale de la piel (Mermel LA et al., Clin Infect Dis 2009;49(1):1–45, guía de la IDSA sobre infecciones relacionadas con catéteres).</translation>
        </message>
        <message>
            <source>SPEC §2.5 (severe headache after a lumbar puncture); post-dural-puncture headache typically begins within 5 days (ICHD-3 7.2.1, Headache Classification Committee, Cephalalgia 2018;38(1):1–211), so Journey watches 7 days from the puncture's start. 'Severe' is 7–10 on the 0–10 scale (severity.json).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>SPEC §2.5 (dolor de cabeza intenso después de una punción lumbar); la cefalea pospunción dural suele comenzar en los 5 días siguientes (ICHD-3 7.2.1, Headache Classification Committee, Cephalalgia 2018;38(1):1–211), por lo que Journey vigila 7 días desde el inicio de la punción. «Intensa» es de 7 a 10 en la escala de 0 a 10 (severity.json).</translation>
        </message>
        <message>
            <source>Signs of a spinal haematoma after a neuraxial puncture, which needs urgent imaging (Vandermeulen EP et al., Anesth Analg 1994;79(6):1165–1177; Horlocker TT et al., Reg Anesth Pain Med 2018;43(3):263–309, ASRA guideline).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Signos de un hematoma espinal después de una punción neuroaxial, que requiere pruebas de imagen urgentes (Vandermeulen EP et al., Anesth Analg 1994;79(6):1165–1177; Horlocker TT et al., Reg Anesth Pain Med 2018;43(3):263–309, guía de la ASRA).</translation>
        </message>
        <message>
            <source>Fever with neck stiffness after a dural puncture can be meningitis (Baer ET, Anesthesiology 2006;105(2):381–393, post-dural puncture bacterial meningitis).</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>La fiebre con rigidez de cuello después de una punción dural puede ser una meningitis (Baer ET, Anesthesiology 2006;105(2):381–393, meningitis bacteriana pospunción dural).</translation>
        </message>
        <message>
            <source>SPEC §2.5.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>SPEC §2.5.</translation>
        </message>
        <message>
            <source>A symptom rated severe: 7–10, the boundary the severity words use (severity.json; Serlin RC et al., Pain 1995;61(2):277–284). SPEC §2.5 names 8–10; Journey flags from 7 so that the word 'severe' and the flag always agree.</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].source</extracomment>
            <translation>Un síntoma valorado como intenso (intensidad de 7 a 10), el límite que usan las palabras de intensidad (severity.json; Serlin RC et al., Pain 1995;61(2):277–284). SPEC §2.5 indica de 8 a 10; Journey avisa desde 7 para que la palabra «intensa» y la alerta coincidan siempre.</translation>
        </message>
        <message>
            <source>IDSA, Freifeld 2011</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>IDSA, Freifeld 2011</translation>
        </message>
        <message>
            <source>Bone 1992; IDSA, Freifeld 2011</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>Bone 1992; IDSA, Freifeld 2011</translation>
        </message>
        <message>
            <source>IDSA, Freifeld 2011; transplant centres' patient instructions</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>IDSA, Freifeld 2011; instrucciones para pacientes de los centros de trasplante</translation>
        </message>
        <message>
            <source>EBMT Handbook 2019; cyclophosphamide prescribing information</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>EBMT Handbook 2019; ficha técnica de la ciclofosfamida</translation>
        </message>
        <message>
            <source>IDSA, Mermel 2009</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>IDSA, Mermel 2009</translation>
        </message>
        <message>
            <source>ICHD-3 7.2.1</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>ICHD-3 7.2.1</translation>
        </message>
        <message>
            <source>ASRA, Horlocker 2018</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>ASRA, Horlocker 2018</translation>
        </message>
        <message>
            <source>Baer 2006</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>Baer 2006</translation>
        </message>
        <message>
            <source>SPEC §2.5</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>SPEC §2.5</translation>
        </message>
        <message>
            <source>Serlin 1995</source>
            <extracomment>resources/side_effects/red_flags.json: rules[].cite</extracomment>
            <translation>Serlin 1995</translation>
        </message>
        <message>
            <source>Fever</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Fiebre</translation>
        </message>
        <message>
            <source>Chills</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Escalofríos</translation>
        </message>
        <message>
            <source>Vomiting</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Vómito</translation>
        </message>
        <message>
            <source>Diarrhoea</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Diarrea</translation>
        </message>
        <message>
            <source>Back pain</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Dolor de espalda</translation>
        </message>
        <message>
            <source>Puncture-site pain</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Dolor en el sitio de la punción</translation>
        </message>
        <message>
            <source>Dizziness</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Mareo</translation>
        </message>
        <message>
            <source>Rash</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Sarpullido</translation>
        </message>
        <message>
            <source>Mouth sores</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Llagas en la boca</translation>
        </message>
        <message>
            <source>Hair loss</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Caída del cabello</translation>
        </message>
        <message>
            <source>Cough</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Tos</translation>
        </message>
        <message>
            <source>Shortness of breath</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Falta de aire</translation>
        </message>
        <message>
            <source>Shaking chills (rigors)</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Escalofríos con temblores</translation>
        </message>
        <message>
            <source>Stiff neck</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Rigidez de cuello</translation>
        </message>
        <message>
            <source>New weakness in the legs</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Debilidad nueva en las piernas</translation>
        </message>
        <message>
            <source>New numbness in the legs</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Adormecimiento nuevo en las piernas</translation>
        </message>
        <message>
            <source>Trouble passing urine</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Dificultad para orinar</translation>
        </message>
        <message>
            <source>Blood in the urine</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Sangre en la orina</translation>
        </message>
        <message>
            <source>Nosebleed</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Sangrado por la nariz</translation>
        </message>
        <message>
            <source>Bleeding gums</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Sangrado de encías</translation>
        </message>
        <message>
            <source>Tiny red spots on the skin</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Pequeñas manchas rojas en la piel</translation>
        </message>
        <message>
            <source>Redness or discharge at the catheter site</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Enrojecimiento o secreción en el sitio del catéter</translation>
        </message>
        <message>
            <source>Burning on urination</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Ardor al orinar</translation>
        </message>
        <message>
            <source>New or worse MS symptom</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Síntoma de esclerosis múltiple nuevo o peor</translation>
        </message>
        <message>
            <source>Numbness or tingling</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Adormecimiento u hormigueo</translation>
        </message>
        <message>
            <source>Stiffness or spasms</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Rigidez o espasmos</translation>
        </message>
        <message>
            <source>Vision problems</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Problemas de visión</translation>
        </message>
        <message>
            <source>Bladder urgency</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Urgencia para orinar</translation>
        </message>
        <message>
            <source>Bowel problems</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Problemas intestinales</translation>
        </message>
        <message>
            <source>Heat sensitivity</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Sensibilidad al calor</translation>
        </message>
        <message>
            <source>Brain fog</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Niebla mental</translation>
        </message>
        <message>
            <source>Walking difficulty</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Dificultad para caminar</translation>
        </message>
        <message>
            <source>Balance problems</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Problemas de equilibrio</translation>
        </message>
        <message>
            <source>Tremor</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Temblor</translation>
        </message>
        <message>
            <source>Nerve pain</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Dolor en los nervios</translation>
        </message>
        <message>
            <source>Low mood</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Ánimo bajo</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>resources/side_effects/symptoms.json: symptoms[].name</extracomment>
            <translation>Otro</translation>
        </message>
        <message>
            <source>MSC therapy (IV + intrathecal)</source>
            <extracomment>resources/trip/cost_ranges.json: ranges[].title</extracomment>
            <translation>Terapia con células madre mesenquimales (IV + intratecal)</translation>
        </message>
        <message>
            <source>HSCT</source>
            <extracomment>resources/trip/cost_ranges.json: ranges[].title</extracomment>
            <translation>TACMH</translation>
        </message>
        <message>
            <source>Consultation and MRI review</source>
            <extracomment>resources/trip/cost_ranges.json: ranges[].title</extracomment>
            <translation>Consulta y revisión de la resonancia magnética</translation>
        </message>
        <message>
            <source>the patient guide Journey was started from. Approximate prices in US dollars, for context only: they are not advice, quotes, or a recommendation of any clinic or country.</source>
            <extracomment>resources/trip/cost_ranges.json: source</extracomment>
            <translation>la guía para pacientes con la que empezó Journey. Precios aproximados en dólares estadounidenses, solo como contexto: no son consejos, cotizaciones ni una recomendación de ninguna clínica o país.</translation>
        </message>
        <message>
            <source>US dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar estadounidense</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar canadiense</translation>
        </message>
        <message>
            <source>Mexican peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso mexicano</translation>
        </message>
        <message>
            <source>Euro</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Libra esterlina</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar australiano</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar neozelandés</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Franco suizo</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Corona sueca</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Corona noruega</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Corona danesa</translation>
        </message>
        <message>
            <source>Icelandic króna</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Corona islandesa</translation>
        </message>
        <message>
            <source>Polish złoty</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Zloty polaco</translation>
        </message>
        <message>
            <source>Czech koruna</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Corona checa</translation>
        </message>
        <message>
            <source>Hungarian forint</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Forinto húngaro</translation>
        </message>
        <message>
            <source>Romanian leu</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Leu rumano</translation>
        </message>
        <message>
            <source>Bulgarian lev</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Lev búlgaro</translation>
        </message>
        <message>
            <source>Turkish lira</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Lira turca</translation>
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Grivna ucraniana</translation>
        </message>
        <message>
            <source>Russian ruble</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rublo ruso</translation>
        </message>
        <message>
            <source>Israeli new shekel</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Nuevo séquel israelí</translation>
        </message>
        <message>
            <source>UAE dirham</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dírham de los Emiratos Árabes Unidos</translation>
        </message>
        <message>
            <source>Saudi riyal</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Riyal saudí</translation>
        </message>
        <message>
            <source>Qatari riyal</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Riyal catarí</translation>
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dinar kuwaití</translation>
        </message>
        <message>
            <source>Bahraini dinar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dinar bareiní</translation>
        </message>
        <message>
            <source>Omani rial</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rial omaní</translation>
        </message>
        <message>
            <source>Jordanian dinar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dinar jordano</translation>
        </message>
        <message>
            <source>Egyptian pound</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Libra egipcia</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dírham marroquí</translation>
        </message>
        <message>
            <source>Tunisian dinar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dinar tunecino</translation>
        </message>
        <message>
            <source>South African rand</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rand sudafricano</translation>
        </message>
        <message>
            <source>Nigerian naira</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Naira nigeriana</translation>
        </message>
        <message>
            <source>Kenyan shilling</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Chelín keniano</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rupia india</translation>
        </message>
        <message>
            <source>Pakistani rupee</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rupia pakistaní</translation>
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Taka bangladesí</translation>
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rupia de Sri Lanka</translation>
        </message>
        <message>
            <source>Chinese yuan renminbi</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Yuan renminbi chino</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar de Hong Kong</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Nuevo dólar taiwanés</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Yen japonés</translation>
        </message>
        <message>
            <source>South Korean won</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Won surcoreano</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar de Singapur</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Ringgit malasio</translation>
        </message>
        <message>
            <source>Thai baht</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Baht tailandés</translation>
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Rupia indonesia</translation>
        </message>
        <message>
            <source>Philippine peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso filipino</translation>
        </message>
        <message>
            <source>Vietnamese đồng</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dong vietnamita</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Real brasileño</translation>
        </message>
        <message>
            <source>Argentine peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso argentino</translation>
        </message>
        <message>
            <source>Chilean peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso chileno</translation>
        </message>
        <message>
            <source>Colombian peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso colombiano</translation>
        </message>
        <message>
            <source>Peruvian sol</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Sol peruano</translation>
        </message>
        <message>
            <source>Uruguayan peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso uruguayo</translation>
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Guaraní paraguayo</translation>
        </message>
        <message>
            <source>Bolivian boliviano</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Boliviano</translation>
        </message>
        <message>
            <source>Costa Rican colón</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Colón costarricense</translation>
        </message>
        <message>
            <source>Panamanian balboa</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Balboa panameño</translation>
        </message>
        <message>
            <source>Guatemalan quetzal</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Quetzal guatemalteco</translation>
        </message>
        <message>
            <source>Honduran lempira</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Lempira hondureño</translation>
        </message>
        <message>
            <source>Dominican peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso dominicano</translation>
        </message>
        <message>
            <source>Jamaican dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar jamaiquino</translation>
        </message>
        <message>
            <source>Bahamian dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar bahameño</translation>
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar de las Islas Caimán</translation>
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar de Trinidad y Tobago</translation>
        </message>
        <message>
            <source>Barbados dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar de Barbados</translation>
        </message>
        <message>
            <source>Cuban peso</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Peso cubano</translation>
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <extracomment>resources/trip/currencies.json: currencies[].name</extracomment>
            <translation>Dólar del Caribe Oriental</translation>
        </message>
        <message>
            <source>Passport</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Pasaporte</translation>
        </message>
        <message>
            <source>Medical records</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Expediente médico</translation>
        </message>
        <message>
            <source>MRI discs and reports</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Discos e informes de resonancia magnética</translation>
        </message>
        <message>
            <source>Lab results</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Resultados de laboratorio</translation>
        </message>
        <message>
            <source>Medication list</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Lista de medicamentos</translation>
        </message>
        <message>
            <source>Insurance</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Seguro médico</translation>
        </message>
        <message>
            <source>Consent forms</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Formatos de consentimiento</translation>
        </message>
        <message>
            <source>Discharge papers (after treatment)</source>
            <extracomment>resources/trip/documents.json: documents[].title</extracomment>
            <translation>Documentos de alta (después del tratamiento)</translation>
        </message>
        <message>
            <source>Health regulator licence number seen and written down (in Mexico, COFEPRIS)</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Número de licencia sanitaria visto y anotado (en México, de la COFEPRIS)</translation>
        </message>
        <message>
            <source>Lead doctor's CV received</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Currículum del médico principal recibido</translation>
        </message>
        <message>
            <source>Membership of professional bodies, such as ISCT</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Membresía en organismos profesionales, como la ISCT</translation>
        </message>
        <message>
            <source>Cell type and source, route and dose stated in writing</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Tipo y origen de las células, vía de administración y dosis indicados por escrito</translation>
        </message>
        <message>
            <source>Written cost quote, with what it includes</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Cotización por escrito, con lo que incluye</translation>
        </message>
        <message>
            <source>What the aftercare package includes</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Qué incluye el paquete de cuidados posteriores</translation>
        </message>
        <message>
            <source>Consent forms in a language the patient reads</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Formatos de consentimiento en un idioma que el paciente lea</translation>
        </message>
        <message>
            <source>Translator needed or not</source>
            <extracomment>resources/trip/due_diligence.json: checks[].title</extracomment>
            <translation>Si se necesita o no un traductor</translation>
        </message>
        <message>
            <source>European Central Bank, euro foreign exchange reference rates</source>
            <extracomment>resources/trip/reference_rates.json: source</extracomment>
            <translation>Banco Central Europeo, tipos de cambio de referencia del euro</translation>
        </message>
        <message>
            <source>SPEC §2.6: the clinic's schedule, commonly EDSS every 3 months; follow-up after HSCT for MS as in the EBMT guidelines (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306).</source>
            <translation type="vanished">SPEC §2.6: el calendario de la clínica, por lo común la EDSS cada 3 meses; seguimiento después del TACMH para la esclerosis múltiple según las guías de la EBMT (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306).</translation>
        </message>
        <message>
            <source>MRI at months chosen by the user's team; commonly a re-baseline scan about 6 months after treatment and yearly after — as the EBMT guidelines above.</source>
            <translation type="vanished">Resonancia magnética en los meses que decida su equipo; por lo común, un estudio que sirve de nueva referencia unos 6 meses después del tratamiento y después uno cada año — según las guías de la EBMT citadas arriba.</translation>
        </message>
        <message>
            <source>SPEC §2.3, from the patient guide this product started from: one clinic states 28 days with a caregiver; arrival and evaluation, mobilisation (cyclophosphamide and G-CSF), stem-cell collection (apheresis, 1–3 sessions), conditioning, day 0 = reinfusion, neutropenia and protective isolation, engraftment, discharge, fit-to-fly.</source>
            <translation type="vanished">SPEC §2.3, de la guía para pacientes con la que empezó este producto: una clínica indica 28 días con un cuidador; llegada y evaluación, movilización (ciclofosfamida y G-CSF), recolección de células madre (aféresis, 1–3 sesiones), acondicionamiento, día 0 = reinfusión, neutropenia y aislamiento protector, injerto, alta, aptitud para volar.</translation>
        </message>
        <message>
            <source>SPEC §2.3, from the patient guide this product started from: day 1 arrival, evaluation and blood tests; days 2–3 infusions, IV and intrathecal (lumbar puncture); then fly home.</source>
            <translation type="vanished">SPEC §2.3, de la guía para pacientes con la que empezó este producto: día 1, llegada, evaluación y análisis de sangre; días 2–3, infusiones intravenosa e intratecal (punción lumbar); después, vuelo de regreso a casa.</translation>
        </message>
        <message>
            <source>During neutropenia and isolation, any temperature of 38.0 °C or more is a red flag</source>
            <translation type="vanished">Durante la neutropenia y el aislamiento, cualquier temperatura de 38.0 °C o más es una señal de alarma</translation>
        </message>
        <message>
            <source>An example layout to start from, close to a Mexican outpatient schedule. Replace the days and times with your clinic's written schedule; day 0 is the reinfusion, and moving it renumbers every day.</source>
            <translation type="vanished">Un ejemplo de calendario para empezar, parecido a un esquema ambulatorio mexicano. Sustituya los días y las horas por el calendario escrito de su clínica; el día 0 es la reinfusión, y al moverlo se vuelven a numerar todos los días.</translation>
        </message>
        <message>
            <source>SPEC §2.3: in one Mexican protocol cyclophosphamide is given in two blocks about 9 days apart (here days 4 and 13).</source>
            <translation type="vanished">SPEC §2.3: en un protocolo mexicano, la ciclofosfamida se administra en dos bloques separados por unos 9 días (aquí, los días 4 y 13).</translation>
        </message>
        <message>
            <source>SPEC §2.3: neutrophils recovered at a median of about day +8 in one 617-patient series (here the engraftment check on day +8).</source>
            <translation type="vanished">SPEC §2.3: los neutrófilos se recuperaron en una mediana de alrededor del día +8 en una serie de 617 pacientes (aquí, la revisión del injerto el día +8).</translation>
        </message>
        <message>
            <source>Mobilisation: cyclophosphamide (first block)</source>
            <translation type="vanished">Movilización: ciclofosfamida (primer bloque)</translation>
        </message>
        <message>
            <source>G-CSF injections, daily</source>
            <translation type="vanished">Inyecciones de G-CSF, diarias</translation>
        </message>
        <message>
            <source>Conditioning: cyclophosphamide (second block)</source>
            <translation type="vanished">Acondicionamiento: ciclofosfamida (segundo bloque)</translation>
        </message>
        <message>
            <source>Conditioning, continued</source>
            <translation type="vanished">Acondicionamiento, continuación</translation>
        </message>
        <message>
            <source>Neutropenia: protective isolation</source>
            <translation type="vanished">Neutropenia: aislamiento protector</translation>
        </message>
        <message>
            <source>A temperature of {threshold} or more during neutropenia and isolation: call the transplant team now.</source>
            <translation type="vanished">Una temperatura de {threshold} o más durante la neutropenia y el aislamiento: llame ahora mismo al equipo de trasplante.</translation>
        </message>
        <message>
            <source>SPEC §2.5 default for HSCT neutropenia/isolation; febrile neutropenia per IDSA: a single oral temperature ≥ 38.3 °C, or ≥ 38.0 °C sustained over 1 hour, with a low neutrophil count (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</source>
            <translation type="vanished">Valor predeterminado de SPEC §2.5 para la neutropenia y el aislamiento del TACMH; neutropenia febril según la IDSA: una sola temperatura oral ≥ 38.3 °C, o ≥ 38.0 °C sostenida durante 1 hora, con una cifra baja de neutrófilos (Freifeld AG et al., Clin Infect Dis 2011;52(4):e56–e93).</translation>
        </message>
        <message>
            <source>SPEC §2.5 (severe headache after a lumbar puncture); 'severe' is 7–10 on the 0–10 scale (see severity.json).</source>
            <translation type="vanished">SPEC §2.5 (dolor de cabeza intenso después de una punción lumbar); «intenso» es 7–10 en la escala de 0–10 (vea severity.json).</translation>
        </message>
        <message>
            <source>SPEC §2.5 (a symptom rated 8–10).</source>
            <translation type="vanished">SPEC §2.5 (un síntoma calificado con 8–10).</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AftercarePage</name>
    <message>
        <location filename="../../ui/aftercare/page.py" line="85"/>
        <source>Aftercare</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="84"/>
        <source>How you are doing</source>
        <translation>Cómo se siente</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="92"/>
        <source>&amp;Rate now…</source>
        <translation>&amp;Calificar ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="95"/>
        <source>Your &amp;scales…</source>
        <translation>&amp;Sus escalas…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="99"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="99"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="102"/>
        <source>Rate e&amp;very</source>
        <translation>Cal&amp;ificar cada</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="104"/>
        <source>How often to rate</source>
        <translation>Cada cuánto calificar</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="106"/>
        <source>Add &amp;follow-up reminders…</source>
        <translation>Agregar &amp;recordatorios de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="119"/>
        <source>Sc&amp;ale</source>
        <translation>Esc&amp;ala</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="121"/>
        <source>Scale shown in the chart and tables</source>
        <translation>Escala que se muestra en la gráfica y las tablas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="134"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="141"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="147"/>
        <source>4-week average</source>
        <translation>Promedio de 4 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="153"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="154"/>
        <source>✓ yes</source>
        <translation>✓ sí</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="160"/>
        <source>Ratings on this scale, newest first</source>
        <translation>Calificaciones en esta escala, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="171"/>
        <source>&amp;Edit rating…</source>
        <translation>&amp;Editar calificación…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="174"/>
        <source>&amp;Delete rating</source>
        <translation>&amp;Borrar calificación</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="183"/>
        <source>Change from baseline, by months after treatment</source>
        <translation>Cambio frente a la línea base, por meses tras el tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="187"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="188"/>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="190"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="196"/>
        <location filename="../../ui/aftercare/page.py" line="205"/>
        <source>Change from baseline</source>
        <translation>Cambio respecto a la línea base</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="213"/>
        <source>NEDA-3: no evidence of disease activity</source>
        <translation>NEDA-3: sin evidencia de actividad de la enfermedad</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="219"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="219"/>
        <source>NEDA-3 period from</source>
        <translation>Periodo de NEDA-3 desde</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="220"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="220"/>
        <source>NEDA-3 period to</source>
        <translation>Periodo de NEDA-3 hasta</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="307"/>
        <source>Every scale is hidden. Show one under Your scales.</source>
        <translation>Todas las escalas están ocultas. Muestre una en Sus escalas.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="331"/>
        <source>No ratings since the treatment started yet.</source>
        <translation>Todavía no hay calificaciones desde que empezó el tratamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="349"/>
        <source>Chart of %1</source>
        <translation>Gráfica de %1</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="375"/>
        <source>⚠ The period ends before it starts.</source>
        <translation>⚠ El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="390"/>
        <location filename="../../ui/aftercare/page.py" line="404"/>
        <source>Choose a rating in the table first.</source>
        <translation>Primero elija una calificación en la tabla.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="407"/>
        <source>Deleted the rating of %1.</source>
        <translation>Se borró la calificación del %1.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="436"/>
        <source>Enter your treatment first (its start dates the plan).</source>
        <translation>Primero registre su tratamiento (su inicio fecha el plan).</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="448"/>
        <source>The follow-up reminders are already in your timeline.</source>
        <translation>Los recordatorios de seguimiento ya están en su cronograma.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="453"/>
        <source>Add follow-up reminders</source>
        <translation>Agregar recordatorios de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="456"/>
        <source>These reminders will be added to your timeline and to Today when each is due. Change or delete any of them to match what your team decided.</source>
        <translation>Estos recordatorios se agregarán a su cronograma y a Hoy cuando toque cada uno. Cambie o borre cualquiera para que coincida con lo que decidió su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="466"/>
        <source>Add reminders</source>
        <translation>Agregar recordatorios</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="476"/>
        <source>Added %1 follow-up reminders.</source>
        <translation>Se agregaron %1 recordatorios de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/page.py" line="481"/>
        <source>Reminders: %1.</source>
        <translation>Recordatorios: %1.</translation>
    </message>
</context>
<context>
    <name>AftercarePanel</name>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="31"/>
        <source>Ratings and follow-up</source>
        <translation>Calificaciones y seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="37"/>
        <source>&amp;Rate now…</source>
        <translation>&amp;Calificar ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="37"/>
        <source>Rate your week now</source>
        <translation>Califique su semana ahora</translation>
    </message>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="75"/>
        <source>%1 (overdue)</source>
        <translation>%1 (atrasado)</translation>
    </message>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="80"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="80"/>
        <source>Mark done: %1</source>
        <translation>Marcar como hecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/aftercare_panel.py" line="88"/>
        <source>Marked done: %1.</source>
        <translation>Marcado como hecho: %1.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="63"/>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="69"/>
        <source>Booking: %1</source>
        <translation>Reserva: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="94"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="95"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="96"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="97"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="40"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="41"/>
        <source>Journey will close the journal, keep a copy of it as it is now, put the backup from %1 in its place and open it again. Entries made after %1 will be only in that copy.</source>
        <translation>Journey cerrará el diario, guardará una copia de cómo está ahora, pondrá en su lugar la copia de seguridad del %1 y lo abrirá de nuevo. Lo anotado después del %1 quedará solo en esa copia.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="58"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="66"/>
        <source>Journey copies your journal into its folder when it closes and every few hours while something changed: every copy of the last day, then one a day, a week and a month. Copies taken before an upgrade or a restore are kept.</source>
        <translation>Journey copia su diario en su carpeta al cerrarse y cada pocas horas si algo cambió: conserva todas las copias del último día y después una por día, por semana y por mes. Las copias hechas antes de una actualización o de una restauración se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="74"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="78"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="80"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="83"/>
        <source>The journal is read-only, so a backup cannot be put in its place.</source>
        <translation>El diario es de solo lectura, así que no se puede poner una copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="108"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="109"/>
        <source>taken by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="110"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="111"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="121"/>
        <source>No backup was taken</source>
        <translation>No se hizo ninguna copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_panel.py" line="124"/>
        <source>Backed up the journal to %1.</source>
        <translation>Se hizo una copia del diario en %1.</translation>
    </message>
</context>
<context>
    <name>BloodCountsPanel</name>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="344"/>
        <source>&amp;Add a count…</source>
        <translation>&amp;Añadir un recuento…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="345"/>
        <source>Record a &amp;transfusion…</source>
        <translation>Registrar una &amp;transfusión…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="346"/>
        <source>My team says my counts have &amp;recovered…</source>
        <translation>Mi equipo dice que mis recuentos se han &amp;recuperado…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="356"/>
        <location filename="../../ui/side_effects/blood_counts.py" line="463"/>
        <source>Protocol day</source>
        <translation>Día del protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="357"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="358"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="359"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="360"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="365"/>
        <source>Blood counts and transfusions, newest first</source>
        <translation>Recuentos y transfusiones, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="381"/>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="382"/>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="531"/>
        <source>Deleted %1 (%2).</source>
        <translation>Se borró %1 (%2).</translation>
    </message>
    <message>
        <source>Blood counts, newest first</source>
        <translation type="vanished">Recuentos sanguíneos, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="451"/>
        <source>No neutrophil count to chart yet.</source>
        <translation>Aún no hay recuentos de neutrófilos para la gráfica.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="465"/>
        <source>Days since the first count</source>
        <translation>Días desde el primer recuento</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="470"/>
        <source>Neutrophils: %1 counts; lowest %2 on %3; latest %4 on %5.</source>
        <translation>Neutrófilos: %1 recuentos; el más bajo %2 el %3; el último %4 el %5.</translation>
    </message>
</context>
<context>
    <name>BloodCountsWindow</name>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="558"/>
        <location filename="../../ui/side_effects/blood_counts.py" line="564"/>
        <source>Blood counts</source>
        <translation>Recuentos sanguíneos</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="80"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="88"/>
        <source>Journey can keep your itinerary, follow-up reminders included, in a calendar on your own server (Nextcloud, Radicale, Fastmail, or iCloud with an app-specific password), so that it shows on both your phones. Only when this is on does Journey connect to the internet, and then only to that server. Changes made to these events in a calendar app are replaced at the next publish.</source>
        <translation>Journey puede mantener su itinerario, con los recordatorios de seguimiento, en un calendario de su propio servidor (Nextcloud, Radicale, Fastmail o iCloud con una contraseña específica para apps), para que aparezca en los teléfonos de ambos. Solo cuando esto está activado Journey se conecta a internet, y solo a ese servidor. Los cambios hechos a estos eventos en una app de calendario se sustituyen en la siguiente publicación.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="98"/>
        <source>&amp;Publish the itinerary to my calendar server</source>
        <translation>&amp;Publicar el itinerario en mi servidor de calendario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="110"/>
        <source>Kept in this computer&apos;s keyring, never in the journal</source>
        <translation>Se guarda en el llavero de esta computadora, nunca en el diario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="113"/>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="114"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="115"/>
        <source>Passw&amp;ord</source>
        <translation>Contras&amp;eña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="125"/>
        <source>Publish &amp;now</source>
        <translation>Publicar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="165"/>
        <source>Publishing to your calendar is on.</source>
        <translation>La publicación en su calendario está activada.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="167"/>
        <source>Publishing to your calendar is off: Journey connects to nothing.</source>
        <translation>La publicación en su calendario está desactivada: Journey no se conecta a nada.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="174"/>
        <source>The journal is read-only, so what was published cannot be kept.</source>
        <translation>El diario es de solo lectura, así que no se puede guardar lo publicado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="202"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="229"/>
        <source>Nothing has been published from this computer yet.</source>
        <translation>Aún no se ha publicado nada desde esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="233"/>
        <source>Last published %1: %2</source>
        <translation>Última publicación %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_panel.py" line="236"/>
        <source>The last publish, %1, stopped: %2</source>
        <translation>La última publicación, %1, se detuvo: %2</translation>
    </message>
</context>
<context>
    <name>ClinicChecksTab</name>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="30"/>
        <location filename="../../ui/trip/clinic_checks.py" line="59"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="30"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="60"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="62"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="66"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="82"/>
        <source>Questions people are told to ask a clinic before they go. Journey keeps your answers; it does not rate or recommend clinics.</source>
        <translation>Preguntas que se aconseja hacerle a una clínica antes de ir. Journey guarda sus respuestas; no califica ni recomienda clínicas.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="88"/>
        <source>Clinic checks</source>
        <translation>Verificaciones de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="93"/>
        <source>Checked &amp;on</source>
        <translation>Verificado &amp;el</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="95"/>
        <source>No&amp;te</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="96"/>
        <source>&amp;Save answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="139"/>
        <source>Answer for: %1</source>
        <translation>Respuesta para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="156"/>
        <location filename="../../ui/trip/clinic_checks.py" line="165"/>
        <source>Answer not saved: see the marked field.</source>
        <translation>La respuesta no se guardó: vea el campo marcado.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/clinic_checks.py" line="171"/>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
</context>
<context>
    <name>ClinicNumberPanel</name>
    <message>
        <location filename="../../ui/today/clinic_number_panel.py" line="34"/>
        <location filename="../../ui/today/clinic_number_panel.py" line="85"/>
        <source>The clinic&apos;s 24-hour number</source>
        <translation>El número de la clínica las 24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/today/clinic_number_panel.py" line="36"/>
        <source>The clinic&apos;s 24-hour number is not in Journey yet.</source>
        <translation>El número de la clínica las 24 horas aún no está en Journey.</translation>
    </message>
    <message>
        <location filename="../../ui/today/clinic_number_panel.py" line="40"/>
        <source>&amp;Add it…</source>
        <translation>&amp;Agregarlo…</translation>
    </message>
    <message>
        <location filename="../../ui/today/clinic_number_panel.py" line="40"/>
        <source>Add the clinic&apos;s 24-hour number</source>
        <translation>Agregar el número de la clínica las 24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/today/clinic_number_panel.py" line="91"/>
        <source>Added the clinic&apos;s 24-hour number (%1).</source>
        <translation>Se agregó el número de la clínica las 24 horas (%1).</translation>
    </message>
</context>
<context>
    <name>ClinicalPage</name>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="53"/>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="96"/>
        <source>Relapses</source>
        <translation>Brotes</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="97"/>
        <source>&amp;Relapses</source>
        <translation>&amp;Brotes</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="98"/>
        <source>Relapses as your neurologist confirmed them, with any steroid treatment.</source>
        <translation>Los brotes tal como los confirmó su neurólogo, con el tratamiento con esteroides, si lo hubo.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="99"/>
        <source>&amp;Add relapse…</source>
        <translation>&amp;Agregar brote…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="101"/>
        <location filename="../../ui/aftercare/clinical_page.py" line="175"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="102"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="102"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="103"/>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="104"/>
        <source>Steroid treatment</source>
        <translation>Tratamiento con esteroides</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="107"/>
        <source>the relapse that started %1</source>
        <translation>el brote que empezó el %1</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="116"/>
        <source>MRI results</source>
        <translation>Resultados de resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="117"/>
        <source>&amp;MRI results</source>
        <translation>&amp;Resonancias</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="118"/>
        <source>Each scan&apos;s lesion counts as the report gives them, and its words.</source>
        <translation>El número de lesiones de cada estudio tal como lo da el informe, y sus palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="119"/>
        <source>&amp;Add MRI result…</source>
        <translation>&amp;Agregar resultado de resonancia…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="121"/>
        <location filename="../../ui/aftercare/clinical_page.py" line="147"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="123"/>
        <source>New or enlarging T2</source>
        <translation>T2 nuevas o agrandadas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="128"/>
        <source>Enhancing</source>
        <translation>Con realce</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="132"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="135"/>
        <source>the MRI of %1</source>
        <translation>la resonancia del %1</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="142"/>
        <source>EDSS reports</source>
        <translation>Informes de EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="143"/>
        <source>ED&amp;SS reports</source>
        <translation>Informes de ED&amp;SS</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="144"/>
        <source>EDSS scores exactly as your neurologist reported them.</source>
        <translation>Las puntuaciones de EDSS exactamente como las informó su neurólogo.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="145"/>
        <source>&amp;Add EDSS report…</source>
        <translation>&amp;Agregar informe de EDSS…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="149"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="154"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="157"/>
        <source>the EDSS report of %1</source>
        <translation>el informe de EDSS del %1</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="164"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="165"/>
        <source>Medica&amp;tions</source>
        <translation>Medica&amp;mentos</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="166"/>
        <source>Medicines started or stopped after treatment, for example antiviral and antibiotic prophylaxis.</source>
        <translation>Medicamentos que empezó o suspendió después del tratamiento, por ejemplo la profilaxis antiviral y antibiótica.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="170"/>
        <source>&amp;Add medication…</source>
        <translation>&amp;Agregar medicamento…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="172"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="173"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="174"/>
        <source>Schedule</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="177"/>
        <source>Stop</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="210"/>
        <source>Clinical events</source>
        <translation>Eventos clínicos</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="212"/>
        <source>What your care team reported after treatment, and the discharge packet from the clinic. Journey keeps what they said; it never works anything out.</source>
        <translation>Lo que informó su equipo médico después del tratamiento y los documentos de alta de la clínica. Journey guarda lo que le dijeron; nunca calcula nada.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="226"/>
        <source>Add the &amp;prophylaxis your clinic gave you…</source>
        <translation>Añadir la &amp;profilaxis que le dio su clínica…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="232"/>
        <location filename="../../ui/aftercare/clinical_page.py" line="233"/>
        <source>Kind of clinical record</source>
        <translation>Tipo de registro clínico</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="237"/>
        <source>Disc&amp;harge packet</source>
        <translation>Documentos de a&amp;lta</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="252"/>
        <source>Added with your team&apos;s doses: %1.</source>
        <translation>Añadidos con las dosis de su equipo: %1.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/trip/people.py" line="193"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="193"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="198"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="199"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="201"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="201"/>
        <source>for example +52 664 555 0101</source>
        <translation>por ejemplo +52 664 555 0101</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="203"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="204"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../ui/trip/costs.py" line="54"/>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="54"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="70"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="74"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="75"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="78"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="91"/>
        <location filename="../../ui/trip/costs.py" line="102"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="93"/>
        <source>What the trip is expected to cost and what it did cost, in the currency of each bill. Totals stay per currency unless you give the rates below.</source>
        <translation>Lo que se espera que cueste el viaje y lo que costó, en la moneda de cada cuenta. Los totales se quedan por moneda, a menos que indique los tipos de cambio abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="105"/>
        <source>No costs yet. Add what the treatment, the flights and the stay will cost, then what they did: the totals follow, in the currency you choose.</source>
        <translation>Todavía no hay costos. Agregue lo que costarán el tratamiento, los vuelos y la estancia, y luego lo que costaron: los totales se calculan en la moneda que usted elija.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="117"/>
        <source>&amp;Add cost…</source>
        <translation>&amp;Agregar gasto…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="118"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="119"/>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="127"/>
        <source>Totals by currency</source>
        <translation>Totales por moneda</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="151"/>
        <source>Everything in one currency</source>
        <translation>Todo en una sola moneda</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="155"/>
        <source>Journey never looks up exchange rates. Enter the rates you were given or paid, and it adds everything up in one currency.</source>
        <translation>Journey nunca consulta tipos de cambio. Escriba los tipos de cambio que le dieron o que pagó, y Journey suma todo en una sola moneda.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="163"/>
        <source>Add up in</source>
        <translation>Sumar en</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="174"/>
        <source>&amp;Save rates</source>
        <translation>&amp;Guardar tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="188"/>
        <source>Reference prices — for context only, not advice</source>
        <translation>Precios de referencia: contexto, no consejo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="196"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="196"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="196"/>
        <source>US and Canada</source>
        <translation>EE. UU. y Canadá</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="202"/>
        <source>Approximate prices in %1, as a patient guide gave them.</source>
        <translation>Precios aproximados en %1, según una guía para pacientes.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="208"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="241"/>
        <source>about %1</source>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="vanished">por ejemplo %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="244"/>
        <source>1 %1 in %2</source>
        <translation>1 %1 en %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="251"/>
        <source>“About” figures: %1, %2. Rates change, so they are for orientation only: enter the rate you were given or paid.</source>
        <translation>Cifras aproximadas: %1, %2. Los tipos de cambio varían, así que solo sirven de orientación: escriba el tipo que le dieron o que pagó.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="284"/>
        <source>No costs yet.</source>
        <translation>Todavía no hay gastos.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="288"/>
        <source>%1: expected %2, actual %3</source>
        <translation>%1: previsto %2, real %3</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="310"/>
        <source>Press Save rates to add everything up in %1.</source>
        <translation>Pulse Guardar tipos de cambio para sumar todo en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="315"/>
        <source>No total in %1 yet: no rate for %2. Enter the rate above and press Save rates.</source>
        <translation>Todavía no hay total en %1: falta el tipo de cambio de %2. Escríbalo arriba y pulse Guardar tipos de cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="321"/>
        <source>In %1: expected %2, actual %3</source>
        <translation>En %1: previsto %2, real %3</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="346"/>
        <source>Cost added.</source>
        <translation>Gasto agregado.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="361"/>
        <source>Cost saved.</source>
        <translation>Gasto guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="372"/>
        <source>Deleted %1.</source>
        <translation>Se borró %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="374"/>
        <source>Press Undo or Ctrl+Z to bring it back.</source>
        <translation>Pulse Deshacer o Ctrl+Z para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="380"/>
        <source>Cost brought back.</source>
        <translation>Gasto recuperado.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="398"/>
        <source>Rates not saved: see the marked fields.</source>
        <translation>Los tipos de cambio no se guardaron: vea los campos marcados.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/costs.py" line="403"/>
        <source>Rates saved.</source>
        <translation>Tipos de cambio guardados.</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="91"/>
        <source>Add a blood count</source>
        <translation>Añadir un recuento sanguíneo</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="91"/>
        <source>Change a blood count</source>
        <translation>Cambiar un recuento</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="95"/>
        <source>&amp;Count</source>
        <translation>&amp;Recuento</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="98"/>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="99"/>
        <source>as on the lab report, for example 0.3 or 300</source>
        <translation>como en el informe del laboratorio, por ejemplo 0,3 o 300</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="101"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="108"/>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="108"/>
        <source>for example clinic lab</source>
        <translation>por ejemplo, laboratorio de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="109"/>
        <source>Recorded &amp;by</source>
        <translation>Registrado &amp;por</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="110"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>DischargeTab</name>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="402"/>
        <source>Discharge packet</source>
        <translation>Documentos de alta</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="406"/>
        <source>Copy here what the clinic gave you on leaving. The medicines to take go in the Medications tab.</source>
        <translation>Copie aquí lo que le dio la clínica al salir. Los medicamentos que debe tomar van en la pestaña Medicamentos.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="414"/>
        <source>&amp;Instructions</source>
        <translation>&amp;Indicaciones</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="417"/>
        <source>Restrictio&amp;ns</source>
        <translation>Restriccio&amp;nes</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="419"/>
        <source>For example no crowds, no gardening, no raw food, no live vaccines.</source>
        <translation>Por ejemplo, nada de multitudes, jardinería, alimentos crudos ni vacunas vivas.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="423"/>
        <source>&amp;Who to call</source>
        <translation>&amp;A quién llamar</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="425"/>
        <source>Who to call, when, and their numbers: the clinic, your neurologist.</source>
        <translation>A quién llamar, cuándo y sus números: la clínica, su neurólogo.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="429"/>
        <source>Sa&amp;ve packet</source>
        <translation>&amp;Guardar documentos</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="472"/>
        <source>Discharge packet saved.</source>
        <translation>Documentos de alta guardados.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/trip/documents.py" line="45"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="55"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="67"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="68"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="69"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="70"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="89"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="88"/>
        <source>Documents and clinic checks</source>
        <translation>Documentos y verificaciones de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="92"/>
        <location filename="../../ui/trip/documents.py" line="93"/>
        <source>Documents or clinic checks</source>
        <translation>Documentos o verificaciones de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="96"/>
        <source>&amp;Documents to take</source>
        <translation>&amp;Documentos que llevar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="97"/>
        <source>&amp;Clinic checks</source>
        <translation>&amp;Verificaciones de la clínica</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/trip/documents.py" line="109"/>
        <source>Tick each document once it is packed. An attached file is copied into your journal&apos;s folder; the original stays where it was.</source>
        <translation>Marque cada documento cuando ya lo haya empacado. Un archivo adjunto se copia en la carpeta de su diario; el original se queda donde estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="115"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="119"/>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="120"/>
        <source>&amp;Open file</source>
        <translation>A&amp;brir archivo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="121"/>
        <source>&amp;Remove file</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="122"/>
        <source>De&amp;lete line</source>
        <translation>Borrar &amp;línea</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="137"/>
        <source>No&amp;te</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="138"/>
        <source>&amp;Save note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="146"/>
        <source>Another document to take</source>
        <translation>Otro documento que llevar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="147"/>
        <source>for example Visa</source>
        <translation>por ejemplo Visa</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="149"/>
        <source>Add to the &amp;list</source>
        <translation>Agregar a la lis&amp;ta</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="179"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="197"/>
        <source>Note for: %1</source>
        <translation>Nota para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="211"/>
        <source>Note not saved: see the marked field.</source>
        <translation>Nota no guardada: vea el campo marcado.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="217"/>
        <source>Note saved for %1.</source>
        <translation>Nota guardada para %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="229"/>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="238"/>
        <source>Delete “%1” and the copy of its file in the journal? The original file is not touched.</source>
        <translation>¿Borrar “%1” y la copia de su archivo en el diario? El archivo original no se toca.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="247"/>
        <source>Deleted %1.</source>
        <translation>Se borró %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="249"/>
        <source>Press Undo or Ctrl+Z to bring it back.</source>
        <translation>Pulse Deshacer o Ctrl+Z para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="254"/>
        <source>Brought back %1.</source>
        <translation>Se recuperó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="256"/>
        <source>Its file copy was deleted; attach the file again.</source>
        <translation>Se borró la copia de su archivo; adjunte el archivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="276"/>
        <source>Attached a copy of %1 to %2.</source>
        <translation>Se adjuntó una copia de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="285"/>
        <source>The attached file is missing from the journal&apos;s folder.</source>
        <translation>El archivo adjunto falta en la carpeta del diario.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="289"/>
        <source>No program on this computer opens %1.</source>
        <translation>Ningún programa de esta computadora abre %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="293"/>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="303"/>
        <source>Delete the copy of %1 from the journal? The original file is not touched.</source>
        <translation>¿Borrar del diario la copia de %1? El archivo original no se toca.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/documents.py" line="309"/>
        <source>Removed %1 from the journal.</source>
        <translation>Se quitó %1 del diario.</translation>
    </message>
</context>
<context>
    <name>DoseReminders</name>
    <message>
        <location filename="../../ui/aftercare/dose_reminders.py" line="72"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/dose_reminders.py" line="74"/>
        <source>Journey: a dose is due</source>
        <translation>Journey: toca una dosis</translation>
    </message>
</context>
<context>
    <name>DosesPanel</name>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="38"/>
        <source>Medicines today</source>
        <translation>Medicamentos de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="42"/>
        <source>Recorded &amp;by</source>
        <translation>Registrado &amp;por</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="47"/>
        <source>Doses recorded by</source>
        <translation>Dosis registradas por</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="82"/>
        <source>not recorded yet</source>
        <translation>aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="90"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="90"/>
        <source>Taken: %1</source>
        <translation>Tomada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="91"/>
        <source>Taken late</source>
        <translation>Tomada tarde</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="91"/>
        <source>Taken late: %1</source>
        <translation>Tomada tarde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="92"/>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="92"/>
        <source>Skipped: %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="102"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="102"/>
        <source>Undo what was recorded: %1</source>
        <translation>Deshacer lo registrado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="121"/>
        <source>%1 — as needed</source>
        <translation>%1 — cuando haga falta</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="123"/>
        <source>taken today: %1</source>
        <translation>tomada hoy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="130"/>
        <source>Took a dose now</source>
        <translation>Acabo de tomar una dosis</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="130"/>
        <source>Took a dose now: %1</source>
        <translation>Acabo de tomar una dosis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="159"/>
        <source>Recorded: %1 %2.</source>
        <translation>Registrado: %1 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="170"/>
        <source>Recorded: %1 taken.</source>
        <translation>Registrado: %1 tomada.</translation>
    </message>
    <message>
        <location filename="../../ui/today/doses_panel.py" line="175"/>
        <source>Undone: what was recorded for %1.</source>
        <translation>Deshecho: lo registrado para %1.</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="113"/>
        <source>Brought back what you typed here before and did not save.</source>
        <translation>Se recuperó lo que escribió aquí antes y no guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="116"/>
        <source>Brought back what you typed for %1 and did not save.</source>
        <translation>Se recuperó lo que escribió para %1 y no guardó.</translation>
    </message>
</context>
<context>
    <name>EdssDialog</name>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="214"/>
        <source>Add an EDSS report</source>
        <translation>Agregar un informe de EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="214"/>
        <source>Edit EDSS report</source>
        <translation>Editar informe de EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="218"/>
        <source>&amp;Date of the examination</source>
        <translation>&amp;Fecha de la exploración</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="221"/>
        <source>S&amp;core</source>
        <translation>&amp;Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="222"/>
        <source>for example 3.5</source>
        <translation>por ejemplo 3.5</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="224"/>
        <source>As your neurologist reported it: 0 to 10 in steps of 0.5. Journey never works it out.</source>
        <translation>Tal como la informó su neurólogo: de 0 a 10 en pasos de 0.5. Journey nunca la calcula.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="230"/>
        <source>&amp;Reported by</source>
        <translation>&amp;Informado por</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="231"/>
        <source>for example Dr. Ruiz, neurologist</source>
        <translation>por ejemplo Dr. Ruiz, neurólogo</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="39"/>
        <source>Encrypt your journal?</source>
        <translation>¿Cifrar su diario?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="40"/>
        <source>Journey will close the journal, encrypt it and every backup in its folder, and open it again; this takes a moment. From then on Journey asks for your passphrase when it opens. Files you exported before (PDF, JSON, CSV) are not encrypted.</source>
        <translation>Journey cerrará el diario, lo cifrará junto con todas las copias de seguridad de su carpeta y lo abrirá de nuevo; esto toma un momento. Desde entonces, Journey le pedirá su frase de contraseña al abrirse. Los archivos que exportó antes (PDF, JSON, CSV) no quedan cifrados.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="61"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="69"/>
        <source>&amp;Encrypt the journal…</source>
        <translation>&amp;Cifrar el diario…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="72"/>
        <source>The journal is read-only, so it cannot be encrypted.</source>
        <translation>El diario es de solo lectura, así que no se puede cifrar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="76"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="78"/>
        <source>Loc&amp;k now (Ctrl+Shift+L)</source>
        <translation>&amp;Bloquear ahora (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="87"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="90"/>
        <source>Lock after this long &amp;without use</source>
        <translation>Bloquear tras este tiempo &amp;sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="102"/>
        <source>On. Your journal and its backups are encrypted; Journey asks for your passphrase when it opens and after the time below without use.</source>
        <translation>Activado. Su diario y sus copias de seguridad están cifrados; Journey le pide su frase de contraseña al abrirse y después del tiempo sin uso indicado abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="107"/>
        <source>Off. Your journal is a plain file: anyone who can use this computer account could read it. Encrypt it with a passphrase only you know.</source>
        <translation>Desactivado. Su diario es un archivo sin cifrar: cualquiera que pueda usar esta cuenta de la computadora podría leerlo. Cífrelo con una frase de contraseña que solo usted conozca.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="118"/>
        <source>Encrypt the journal</source>
        <translation>Cifrar el diario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="120"/>
        <source>Choose a passphrase. Journey cannot open your journal without it or the recovery key it shows you next.</source>
        <translation>Elija una frase de contraseña. Journey no puede abrir su diario sin ella o sin la clave de recuperación que le mostrará a continuación.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="132"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="140"/>
        <source>The passphrase was not changed</source>
        <translation>La frase de contraseña no se cambió</translation>
    </message>
    <message>
        <location filename="../../ui/settings/encryption_panel.py" line="142"/>
        <source>The passphrase is changed. Your recovery key stays the same.</source>
        <translation>La frase de contraseña se cambió. Su clave de recuperación sigue siendo la misma.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/side_effects/entry_dialog.py" line="31"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/entry_dialog.py" line="43"/>
        <source>&amp;Severity (0–10)</source>
        <translation>&amp;Intensidad (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/entry_dialog.py" line="45"/>
        <source>0 none, 1–3 mild, 4–6 moderate, 7–10 severe</source>
        <translation>0 nada, 1–3 leve, 4–6 moderada, 7–10 intensa</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/entry_dialog.py" line="56"/>
        <source>&amp;Temperature (%1)</source>
        <translation>&amp;Temperatura (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/entry_dialog.py" line="57"/>
        <source>empty if not taken</source>
        <translation>vacío si no se tomó</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/entry_dialog.py" line="59"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="41"/>
        <source>Add a cost</source>
        <translation>Agregar un gasto</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="41"/>
        <source>Edit cost</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="47"/>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="51"/>
        <source>&amp;What it is</source>
        <translation>&amp;Qué es</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="52"/>
        <source>for example Return flights Toronto–San Diego</source>
        <translation>por ejemplo Vuelos de ida y vuelta Toronto–San Diego</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="56"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="58"/>
        <source>A code such as USD, CAD or MXN, or part of a currency&apos;s name.</source>
        <translation>Un código como USD, CAD o MXN, o parte del nombre de una moneda.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="62"/>
        <source>&amp;Expected amount</source>
        <translation>Cantidad &amp;prevista</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="63"/>
        <source>for example 1250.50</source>
        <translation>por ejemplo 1250.50</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="67"/>
        <source>A&amp;ctual amount</source>
        <translation>Cantidad &amp;real</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="68"/>
        <source>leave empty until it is paid</source>
        <translation>déjelo vacío hasta que se pague</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="70"/>
        <source>&amp;Paid by</source>
        <translation>Pa&amp;gado por</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="79"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="79"/>
        <source>Companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="79"/>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/shell/help.py" line="36"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="41"/>
        <source>Keys that work on every page</source>
        <translation>Teclas que funcionan en todas las páginas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="45"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="46"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="56"/>
        <source>Each row: the keys, then what they do. Arrow keys move between rows.</source>
        <translation>Cada fila: las teclas y luego lo que hacen. Las flechas mueven entre filas.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="60"/>
        <source>Moving around by keyboard</source>
        <translation>Moverse con el teclado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="63"/>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tab&lt;/b&gt; moves to the next control, &lt;b&gt;Shift+Tab&lt;/b&gt; back to the one before; the control that has the keyboard is framed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+9&lt;/b&gt; open the first nine pages in the list on the left, from Today to Documents; &lt;b&gt;Ctrl+0&lt;/b&gt; opens Settings and &lt;b&gt;F1&lt;/b&gt; this page. In the list itself, the arrow keys choose a page.&lt;/li&gt;&lt;li&gt;An underlined letter in a button&apos;s or a field&apos;s name, with &lt;b&gt;Alt&lt;/b&gt;, goes straight to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt; presses the button that has the keyboard; &lt;b&gt;Enter&lt;/b&gt; saves a form, and &lt;b&gt;Escape&lt;/b&gt; closes a window without saving.&lt;/li&gt;&lt;li&gt;In a list or a table, the arrow keys move between rows, &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt; opens the row to change it, &lt;b&gt;Delete&lt;/b&gt; deletes it and &lt;b&gt;Ctrl+Z&lt;/b&gt; brings it back. Tab leaves the table.&lt;/li&gt;&lt;li&gt;In a date, the arrow keys change the part the cursor is in.&lt;/li&gt;&lt;li&gt;In the month, the arrow keys move between days, &lt;b&gt;Page Up&lt;/b&gt; and &lt;b&gt;Page Down&lt;/b&gt; change the month, &lt;b&gt;Home&lt;/b&gt; goes to today and &lt;b&gt;Enter&lt;/b&gt; lists the day&apos;s entries; &lt;b&gt;Escape&lt;/b&gt; goes back to the days.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tab&lt;/b&gt; pasa al siguiente control y &lt;b&gt;Shift+Tab&lt;/b&gt; regresa al anterior; el control que tiene el teclado aparece enmarcado.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; a &lt;b&gt;Ctrl+9&lt;/b&gt; abren las primeras nueve páginas de la lista de la izquierda, de Hoy a Documentos; &lt;b&gt;Ctrl+0&lt;/b&gt; abre Configuración y &lt;b&gt;F1&lt;/b&gt; esta página. En la propia lista, las flechas eligen una página.&lt;/li&gt;&lt;li&gt;Una letra subrayada en el nombre de un botón o de un campo, junto con &lt;b&gt;Alt&lt;/b&gt;, lleva directamente a él.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Espacio&lt;/b&gt; pulsa el botón que tiene el teclado; &lt;b&gt;Enter&lt;/b&gt; guarda un formulario y &lt;b&gt;Escape&lt;/b&gt; cierra una ventana sin guardar.&lt;/li&gt;&lt;li&gt;En una lista o una tabla, las flechas mueven entre filas, &lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;F2&lt;/b&gt; abren la fila para cambiarla, &lt;b&gt;Supr&lt;/b&gt; la borra y &lt;b&gt;Ctrl+Z&lt;/b&gt; la recupera. Tab sale de la tabla.&lt;/li&gt;&lt;li&gt;En una fecha, las flechas cambian la parte donde está el cursor.&lt;/li&gt;&lt;li&gt;En el mes, las flechas mueven entre días, &lt;b&gt;Re Pág&lt;/b&gt; y &lt;b&gt;Av Pág&lt;/b&gt; cambian el mes, &lt;b&gt;Inicio&lt;/b&gt; va a hoy y &lt;b&gt;Enter&lt;/b&gt; muestra las entradas del día; &lt;b&gt;Escape&lt;/b&gt; regresa a los días.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tab&lt;/b&gt; moves to the next control, &lt;b&gt;Shift+Tab&lt;/b&gt; back to the one before; the control that has the keyboard is framed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+9&lt;/b&gt; and &lt;b&gt;Ctrl+0&lt;/b&gt; open the first ten pages in the list on the left, from Today to Settings; &lt;b&gt;F1&lt;/b&gt; opens this page. In the list itself, the arrow keys choose a page.&lt;/li&gt;&lt;li&gt;An underlined letter in a button&apos;s or a field&apos;s name, with &lt;b&gt;Alt&lt;/b&gt;, goes straight to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt; presses the button that has the keyboard; &lt;b&gt;Enter&lt;/b&gt; saves a form, and &lt;b&gt;Escape&lt;/b&gt; closes a window without saving.&lt;/li&gt;&lt;li&gt;In a list or a table, the arrow keys move between rows, &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt; opens the row to change it, &lt;b&gt;Delete&lt;/b&gt; deletes it and &lt;b&gt;Ctrl+Z&lt;/b&gt; brings it back. Tab leaves the table.&lt;/li&gt;&lt;li&gt;In a date, the arrow keys change the part the cursor is in.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="vanished">&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tab&lt;/b&gt; pasa al siguiente control y &lt;b&gt;Shift+Tab&lt;/b&gt; regresa al anterior; el control que tiene el teclado aparece enmarcado.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; a &lt;b&gt;Ctrl+9&lt;/b&gt; y &lt;b&gt;Ctrl+0&lt;/b&gt; abren las primeras diez páginas de la lista de la izquierda, de Hoy a Configuración; &lt;b&gt;F1&lt;/b&gt; abre esta página. En la propia lista, las flechas eligen una página.&lt;/li&gt;&lt;li&gt;Una letra subrayada en el nombre de un botón o de un campo, junto con &lt;b&gt;Alt&lt;/b&gt;, lleva directamente a él.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Espacio&lt;/b&gt; pulsa el botón que tiene el teclado; &lt;b&gt;Enter&lt;/b&gt; guarda un formulario y &lt;b&gt;Escape&lt;/b&gt; cierra una ventana sin guardar.&lt;/li&gt;&lt;li&gt;En una lista o una tabla, las flechas mueven entre filas, &lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;F2&lt;/b&gt; abren la fila para cambiarla, &lt;b&gt;Supr&lt;/b&gt; la borra y &lt;b&gt;Ctrl+Z&lt;/b&gt; la recupera. Tab sale de la tabla.&lt;/li&gt;&lt;li&gt;En una fecha, las flechas cambian la parte donde está el cursor.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="86"/>
        <source>Where your journal is kept</source>
        <translation>Dónde se guarda su diario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="89"/>
        <source>Everything you enter stays in this folder, on this computer; Journey makes no network connections. Its backups are in the folder&apos;s “backups” folder, and Settings lists them.
%1</source>
        <translation>Todo lo que anota se queda en esta carpeta, en esta computadora; Journey no se conecta a ninguna red. Sus copias de seguridad están en la carpeta “backups” de esa carpeta, y Configuración las enumera.
%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="97"/>
        <source>&amp;Copy the folder&apos;s location</source>
        <translation>&amp;Copiar la ubicación de la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="97"/>
        <source>Copy the journal folder&apos;s location</source>
        <translation>Copiar la ubicación de la carpeta del diario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="102"/>
        <source>Not a medical device</source>
        <translation>No es un dispositivo médico</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="105"/>
        <source>Journey is not a medical device. It records, reminds and shows the thresholds your care team gave you. It does not diagnose, and it does not recommend treatments or clinics. In an emergency, call your clinic or local emergency services.</source>
        <translation>Journey no es un dispositivo médico. Registra, recuerda y muestra los límites que le dio su equipo médico. No hace diagnósticos ni recomienda tratamientos ni clínicas. En una emergencia, llame a su clínica o a los servicios de emergencia locales.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="145"/>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
</context>
<context>
    <name>HerePanel</name>
    <message>
        <location filename="../../ui/today/here_panel.py" line="42"/>
        <source>Where you are</source>
        <translation>Dónde está usted</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="48"/>
        <source>I&apos;m &amp;somewhere else…</source>
        <translation>&amp;Estoy en otro lugar…</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="48"/>
        <source>Say where you are now</source>
        <translation>Diga dónde está ahora</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="51"/>
        <source>&amp;Follow the plan</source>
        <translation>&amp;Seguir el plan</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="51"/>
        <source>Follow the plan&apos;s places again</source>
        <translation>Volver a seguir los lugares del plan</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="63"/>
        <source>Days and times follow %1 time, as you said you are there.</source>
        <translation>Los días y las horas siguen la hora de %1, como usted dijo que está allí.</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="65"/>
        <source>Days and times follow %1 time, where your plan has you now.</source>
        <translation>Los días y las horas siguen la hora de %1, donde su plan lo sitúa ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="67"/>
        <source>Days and times follow %1 time, at home by your plan.</source>
        <translation>Los días y las horas siguen la hora de %1, en casa según su plan.</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="92"/>
        <source>Days and times now follow %1 time.</source>
        <translation>Los días y las horas siguen ahora la hora de %1.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="225"/>
        <source>Item details</source>
        <translation>Datos del elemento</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="230"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="264"/>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="264"/>
        <source>Edit item</source>
        <translation>Editar elemento</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="79"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="80"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="83"/>
        <source>&amp;Flight number</source>
        <translation>Número de &amp;vuelo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="83"/>
        <source>For example AC 1856</source>
        <translation>Por ejemplo AC 1856</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="85"/>
        <source>&amp;Booking reference</source>
        <translation>Código de &amp;reserva</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="86"/>
        <source>F&amp;rom airport</source>
        <translation>Aeropuerto de &amp;salida</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="87"/>
        <source>To a&amp;irport</source>
        <translation>Aeropuerto de lle&amp;gada</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="88"/>
        <source>&amp;Date</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="89"/>
        <source>&amp;Starts at (local time there)</source>
        <translation>&amp;Empieza a las (hora local allá)</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="90"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="93"/>
        <source>E&amp;nd date</source>
        <translation>Fecha de térmi&amp;no</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="95"/>
        <source>Leave “Not set” if it has no end. Up arrow: today.</source>
        <translation>Déjelo en “Sin fecha” si no tiene fin. Flecha arriba: hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="97"/>
        <source>Ends &amp;at (local time there)</source>
        <translation>Ter&amp;mina a las (hora local allá)</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="100"/>
        <source>Time zone at the &amp;end</source>
        <translation>Zona horaria al &amp;final</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="102"/>
        <source>Only if it ends in another zone, as a flight may. Empty: the same.</source>
        <translation>Solo si termina en otra zona, como puede pasar con un vuelo. Vacío: la misma.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="104"/>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="105"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="106"/>
        <source>Re&amp;minder</source>
        <translation>Recor&amp;datorio</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="109"/>
        <source>&amp;Who is responsible</source>
        <translation>&amp;Quién se encarga</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="111"/>
        <source>Stat&amp;us</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="112"/>
        <source>Booked — S&amp;hift leaves it where it is</source>
        <translation>Reservado: Mover lo &amp;deja donde está</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="43"/>
        <source>Code or city, for example TIJ or Tijuana</source>
        <translation>Código o ciudad, por ejemplo TIJ o Tijuana</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="112"/>
        <source>At the start</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="115"/>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="115"/>
        <source>%1 days before</source>
        <translation>%1 días antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="119"/>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="119"/>
        <source>%1 hours before</source>
        <translation>%1 horas antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="122"/>
        <source>1 minute before</source>
        <translation>1 minuto antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="123"/>
        <source>%1 minutes before</source>
        <translation>%1 minutos antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="136"/>
        <source>Standard</source>
        <translation>Habitual</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="137"/>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="138"/>
        <source>Before the start…</source>
        <translation>Antes del inicio…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="145"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="145"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="145"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="148"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="149"/>
        <source>Reminder: how many</source>
        <translation>Recordatorio: cuántos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="150"/>
        <source>Reminder: minutes, hours or days before</source>
        <translation>Recordatorio: minutos, horas o días antes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="165"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_fields.py" line="166"/>
        <source>Standard (%1)</source>
        <translation>Habitual (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="133"/>
        <location filename="../../ui/shell/main_window.py" line="475"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="138"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="147"/>
        <source>Opening your journal…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="153"/>
        <location filename="../../ui/shell/main_window.py" line="237"/>
        <location filename="../../ui/shell/main_window.py" line="260"/>
        <source>Log a symptom (Ctrl+L)</source>
        <translation>Anotar un síntoma (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="159"/>
        <location filename="../../ui/shell/main_window.py" line="258"/>
        <source>Log a symptom</source>
        <translation>Anotar un síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="164"/>
        <source>Rate your week</source>
        <translation>Califique su semana</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194"/>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="200"/>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="201"/>
        <source>&amp;About Journey</source>
        <translation>&amp;Acerca de Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="205"/>
        <source>&amp;Lock the journal</source>
        <translation>&amp;Bloquear el diario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="212"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="385"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="386"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="387"/>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="388"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="389"/>
        <source>Aftercare</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="390"/>
        <source>Clinical events</source>
        <translation>Eventos clínicos</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="391"/>
        <source>Report and data</source>
        <translation>Informe y datos</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="392"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="393"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="394"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="395"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="396"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="415"/>
        <source>Add an itinerary item</source>
        <translation>Agregar un elemento al itinerario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="417"/>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="419"/>
        <source>Help and keyboard shortcuts</source>
        <translation>Ayuda y atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="431"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="479"/>
        <source>%1 (demo journal)</source>
        <translation>%1 (diario de demostración)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="481"/>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="556"/>
        <source>No backup was taken: %1</source>
        <translation>No se hizo ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="657"/>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="674"/>
        <source>%1&apos;s changes would delete %2 of the %3 entries of “%4” here.</source>
        <translation>Los cambios de %1 borrarían aquí %2 de las %3 entradas de «%4».</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="684"/>
        <source>Yes deletes them here too. No keeps them, and puts them back on the other computer as well.</source>
        <translation>Sí las borra también aquí. No las conserva y las vuelve a poner también en la otra computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="692"/>
        <source>Delete these entries here too?</source>
        <translation>¿Borrar estas entradas también aquí?</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="258"/>
        <source>Add a medication</source>
        <translation>Agregar un medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="258"/>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="271"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="271"/>
        <source>for example aciclovir</source>
        <translation>por ejemplo aciclovir</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="274"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="274"/>
        <source>as your team wrote it</source>
        <translation>como lo escribió su equipo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="278"/>
        <source>S&amp;chedule in your words</source>
        <translation>Pauta con sus &amp;palabras</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="279"/>
        <source>for example twice a day, after meals</source>
        <translation>por ejemplo dos veces al día, después de comer</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="287"/>
        <source>The first day without it. Leave it “Not set” while you still take it. To clear a date, select it all and press Delete.</source>
        <translation>El primer día sin tomarlo. Déjelo en «Sin fecha» mientras lo siga tomando. Para borrar una fecha, selecciónela entera y pulse Supr.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="291"/>
        <source>&amp;Route</source>
        <translation>&amp;Vía</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="294"/>
        <source>Re&amp;minders</source>
        <translation>Reco&amp;rdatorios</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="296"/>
        <source>Journey reminds you of each dose while it is open, and Today lists them.</source>
        <translation>Journey le recuerda cada dosis mientras está abierto, y Hoy las muestra.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="300"/>
        <source>T&amp;imes of day</source>
        <translation>&amp;Horas del día</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="301"/>
        <source>for example 08:00 20:00</source>
        <translation>por ejemplo 08:00 20:00</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="302"/>
        <source>On a 24-hour clock, separated by spaces, where you are.</source>
        <translation>En formato de 24 horas, separadas por espacios, donde usted esté.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="304"/>
        <source>E&amp;very how many days</source>
        <translation>Cada &amp;cuántos días</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="305"/>
        <source>Days of the &amp;week</source>
        <translation>Días de la se&amp;mana</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="315"/>
        <source>It sto&amp;ps</source>
        <translation>Se &amp;deja</translation>
    </message>
    <message>
        <source>for example 400 mg</source>
        <translation type="vanished">por ejemplo 400 mg</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="vanished">&amp;Frecuencia</translation>
    </message>
    <message>
        <source>for example twice a day</source>
        <translation type="vanished">por ejemplo dos veces al día</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="281"/>
        <source>St&amp;arted on</source>
        <translation>&amp;Empezó el</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="284"/>
        <source>S&amp;topped on</source>
        <translation>&amp;Suspendido el</translation>
    </message>
    <message>
        <source>Leave it “Not set” while you still take it. To clear a date, select it all and press Delete.</source>
        <translation type="vanished">Déjelo en “Sin fecha” mientras lo siga tomando. Para quitar una fecha, selecciónela toda y pulse Supr.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="316"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>MonthPage</name>
    <message>
        <location filename="../../ui/month/page.py" line="97"/>
        <location filename="../../ui/month/page.py" line="158"/>
        <source>Month at a glance</source>
        <translation>El mes de un vistazo</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="100"/>
        <source>&amp;Previous month</source>
        <translation>Mes &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="100"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="104"/>
        <source>&amp;Next month</source>
        <translation>Mes &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="104"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="106"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="106"/>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="125"/>
        <source>Arrow keys move between days, Page Up and Page Down change the month, Home goes to today, Enter lists the day&apos;s entries.</source>
        <translation>Las flechas mueven entre días, Re Pág y Av Pág cambian el mes, Inicio va a hoy y Enter muestra las entradas del día.</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="160"/>
        <source>Each day: its highest severity (number, word and bar), its highest temperature of %1 or more (fever grade 1, CTCAE v5.0), “Rated” for a quality-of-life rating, and its itinerary items. Arrow keys: a day; Page Up and Page Down: a month; Home: today; Enter: the day&apos;s entries.</source>
        <translation>Cada día: su mayor intensidad (número, palabra y barra), su temperatura más alta de %1 o más (fiebre de grado 1, CTCAE v5.0), “Calificado” si hizo una calificación de calidad de vida, y sus actividades del itinerario. Flechas: un día; Re Pág y Av Pág: un mes; Inicio: hoy; Enter: las entradas del día.</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="171"/>
        <source>Highest severity of the day:</source>
        <translation>Mayor intensidad del día:</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="191"/>
        <source>Days of %1</source>
        <translation>Días de %1</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="239"/>
        <source>Nothing was recorded on this day.</source>
        <translation>No se registró nada este día.</translation>
    </message>
    <message>
        <location filename="../../ui/month/page.py" line="242"/>
        <source>Entries on %1</source>
        <translation>Entradas del %1</translation>
    </message>
</context>
<context>
    <name>MriDialog</name>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="157"/>
        <source>Add an MRI result</source>
        <translation>Agregar un resultado de resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="157"/>
        <source>Edit MRI result</source>
        <translation>Editar resultado de resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="161"/>
        <source>&amp;Date of the scan</source>
        <translation>&amp;Fecha del estudio</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="164"/>
        <source>&amp;New or enlarging T2 lesions</source>
        <translation>Lesiones T2 &amp;nuevas o agrandadas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="165"/>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="171"/>
        <source>for example 0</source>
        <translation>por ejemplo 0</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="166"/>
        <source>Leave empty if the report does not say.</source>
        <translation>Déjelo vacío si el informe no lo dice.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="170"/>
        <source>&amp;Gadolinium-enhancing lesions</source>
        <translation>Lesiones con realce de &amp;gadolinio</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="173"/>
        <source>Lesions that light up with contrast — leave empty if the report does not say.</source>
        <translation>Lesiones que se iluminan con el contraste — déjelo vacío si el informe no lo dice.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="178"/>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="180"/>
        <source>The radiologist&apos;s words, or what your neurologist told you.</source>
        <translation>Las palabras del radiólogo o lo que le dijo su neurólogo.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="207"/>
        <source>Enter a whole number, for example 0 or 2.</source>
        <translation>Escriba un número entero, por ejemplo 0 o 2.</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="28"/>
        <source>Reminders on this computer</source>
        <translation>Recordatorios en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="34"/>
        <source>Show &amp;reminders on the desktop while Journey runs</source>
        <translation>Mostrar &amp;recordatorios en el escritorio mientras Journey está abierto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="36"/>
        <source>Check-ins, ratings, follow-ups and doses, each once, when they are due.</source>
        <translation>Controles, calificaciones, seguimientos y dosis, cada uno una vez, cuando tocan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="42"/>
        <source>They appear as desktop notifications, and in Journey&apos;s status bar.</source>
        <translation>Aparecen como notificaciones del escritorio y en la barra de estado de Journey.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="45"/>
        <source>This desktop has no notification area, so reminders appear only in Journey&apos;s status bar, at the bottom of its window.</source>
        <translation>Este escritorio no tiene área de notificaciones, así que los recordatorios aparecen solo en la barra de estado de Journey, abajo en su ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="52"/>
        <source>&amp;Quiet from</source>
        <translation>Silencio &amp;desde</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="53"/>
        <source>Quiet &amp;until</source>
        <translation>Silencio &amp;hasta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="56"/>
        <source>In quiet hours reminders wait, and come when they end; none is lost. The same two times: no quiet hours.</source>
        <translation>En las horas de silencio los recordatorios esperan y llegan cuando terminan; no se pierde ninguno. Las dos horas iguales: sin horas de silencio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="63"/>
        <source>&amp;Start Journey minimised when I log in</source>
        <translation>&amp;Iniciar Journey minimizado al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="72"/>
        <source>Journey then waits in the notification area, ready to remind you.</source>
        <translation>Journey espera entonces en el área de notificaciones, listo para recordarle.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="77"/>
        <source>Not yet on this system: for now, start Journey yourself.</source>
        <translation>Todavía no en este sistema: por ahora, inicie Journey usted mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="98"/>
        <source>Reminders will show on the desktop.</source>
        <translation>Los recordatorios se mostrarán en el escritorio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="100"/>
        <source>Reminders will not show on the desktop; Today still lists them.</source>
        <translation>Los recordatorios no se mostrarán en el escritorio; Hoy los sigue mostrando.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="109"/>
        <source>Quiet hours saved: %1 to %2.</source>
        <translation>Horas de silencio guardadas: de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="127"/>
        <source>That could not be changed: %1</source>
        <translation>No se pudo cambiar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="131"/>
        <source>Journey will start minimised when you log in.</source>
        <translation>Journey se iniciará minimizado cuando inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications_panel.py" line="133"/>
        <source>Journey will no longer start when you log in.</source>
        <translation>Journey ya no se iniciará cuando inicie sesión.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/shell/notifications.py" line="68"/>
        <source>Log a symptom…</source>
        <translation>Anotar un síntoma…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/notifications.py" line="69"/>
        <source>Rate now…</source>
        <translation>Calificar ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/notifications.py" line="70"/>
        <source>Open Journey</source>
        <translation>Abrir Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/notifications.py" line="72"/>
        <source>Quit Journey</source>
        <translation>Salir de Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/notifications.py" line="76"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="51"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="52"/>
        <source>Journey backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de Journey (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="91"/>
        <source>Welcome to Journey</source>
        <translation>Le damos la bienvenida a Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="105"/>
        <source>I am the patient</source>
        <translation>Soy el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="106"/>
        <source>I am the companion, setting up for the patient</source>
        <translation>Soy el acompañante y lo preparo para el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="109"/>
        <source>Who is setting up Journey</source>
        <translation>Quién está configurando Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="110"/>
        <source>&amp;Who is setting up?</source>
        <translation>¿&amp;Quién lo está configurando?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="177"/>
        <source>About the patient</source>
        <translation>Sobre el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="179"/>
        <source>Journey keeps the patient&apos;s treatment journey in one private journal on this computer. Nothing is sent anywhere. All of this can be changed later.</source>
        <translation>Journey guarda el viaje de tratamiento del paciente en un diario privado en esta computadora. No se envía nada a ninguna parte. Todo esto se puede cambiar después.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="184"/>
        <source>The treatment</source>
        <translation>El tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="186"/>
        <source>Which treatment, where, and when the patient arrives. Times are the local time where they happen.</source>
        <translation>Qué tratamiento, dónde y cuándo llega el paciente. Las horas son la hora local del lugar donde ocurren.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="191"/>
        <source>You, the companion</source>
        <translation>Usted, el acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="192"/>
        <source>Your name and how to reach you while you travel with the patient.</source>
        <translation>Su nombre y cómo localizarle mientras viaja con el paciente.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="198"/>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="200"/>
        <source>Journey keeps your treatment journey in one private journal on this computer. Nothing is sent anywhere. You can change all of this later.</source>
        <translation>Journey guarda el recorrido de su tratamiento en un diario privado en esta computadora. No se envía nada a ningún lado. Puede cambiar todo esto después.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="205"/>
        <source>Your treatment</source>
        <translation>Su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="207"/>
        <source>Which treatment, where, and when you arrive. Times are the local time where they happen.</source>
        <translation>Qué tratamiento, dónde y cuándo llega. Las horas son las locales del lugar donde ocurren.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="212"/>
        <source>Your companion</source>
        <translation>Su acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="213"/>
        <source>Who travels with you. Leave this empty if you travel alone.</source>
        <translation>Quién viaja con usted. Déjelo vacío si viaja sin acompañante.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="221"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="227"/>
        <source>The patient&apos;s &amp;name</source>
        <translation>&amp;Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="227"/>
        <location filename="../../ui/shell/onboarding.py" line="232"/>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="232"/>
        <source>Companion&apos;s &amp;name</source>
        <translation>&amp;Nombre del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="234"/>
        <source>&amp;Start my journal</source>
        <translation>&amp;Empezar mi diario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="234"/>
        <source>&amp;Start the journal</source>
        <translation>&amp;Empezar el diario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="121"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="123"/>
        <source>On a new computer: open the journal from a backup of it instead</source>
        <translation>En una computadora nueva: abrir el diario desde una copia de seguridad suya</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="130"/>
        <source>Had Journey on another computer?</source>
        <translation>¿Usaba Journey en otra computadora?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="135"/>
        <source>&amp;Join a shared journey…</source>
        <translation>&amp;Unirse a un viaje compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="137"/>
        <source>Someone shared their journey with you and gave you an invitation code</source>
        <translation>Alguien compartió su viaje con usted y le dio un código de invitación</translation>
    </message>
    <message>
        <location filename="../../ui/shell/onboarding.py" line="141"/>
        <source>Given an invitation code?</source>
        <translation>¿Le dieron un código de invitación?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="215"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña a&amp;ctual</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="218"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="221"/>
        <source>At least %1 characters. A few unrelated words are easy to type and hard to guess.</source>
        <translation>Al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de escribir y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="224"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbala otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="246"/>
        <source>Wrong passphrase or damaged file.</source>
        <translation>Frase de contraseña incorrecta o archivo dañado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="250"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="255"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/trip/people.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="55"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="57"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="58"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="59"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="78"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="72"/>
        <source>People to reach</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="74"/>
        <source>Everyone you may need on the trip. Select a person and press Copy number to paste it into your phone or a message.</source>
        <translation>Todas las personas que puede necesitar en el viaje. Seleccione una persona y pulse Copiar número para pegarlo en su teléfono o en un mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="82"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="85"/>
        <source>No one here yet. Add the clinic&apos;s patient coordinator and its 24-hour line, your driver and your family with Add person…</source>
        <translation>Todavía no hay nadie. Agregue con Agregar persona… al coordinador de pacientes de la clínica y su línea de 24 horas, a su chofer y a su familia.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="92"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Agregar persona…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="93"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="94"/>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="96"/>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="96"/>
        <source>Copy the selected person&apos;s phone number</source>
        <translation>Copiar el número de teléfono de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="138"/>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="153"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="161"/>
        <source>Deleted %1.</source>
        <translation>Se borró %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="163"/>
        <source>Press Undo or Ctrl+Z to bring it back.</source>
        <translation>Pulse Deshacer o Ctrl+Z para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="169"/>
        <source>Brought back %1.</source>
        <translation>Se recuperó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="177"/>
        <source>Copied %1 (%2).</source>
        <translation>Se copió %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ProphylaxisDialog</name>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="38"/>
        <source>Add the prophylaxis your clinic gave you</source>
        <translation>Añadir la profilaxis que le dio su clínica</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="44"/>
        <source>Your protocol&apos;s source lists these medicines. Tick only those your team gave you, and enter the dose your team gave you: Journey never suggests one.</source>
        <translation>La fuente de su protocolo menciona estos medicamentos. Marque solo los que le dio su equipo e introduzca la dosis que le dio su equipo: Journey nunca sugiere ninguna.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="49"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="62"/>
        <source>My team gave me this</source>
        <translation>Mi equipo me lo dio</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="68"/>
        <source>Dose your team gave you</source>
        <translation>Dosis que le dio su equipo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="73"/>
        <source>Times of day (optional, for reminders)</source>
        <translation>Horas del día (opcional, para los recordatorios)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="77"/>
        <source>Dose of %1 your team gave you</source>
        <translation>Dosis de %1 que le dio su equipo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="69"/>
        <source>Enter the dose your team gave you</source>
        <translation>Introduzca la dosis que le dio su equipo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="80"/>
        <source>Times of day for %1 (optional, for reminders)</source>
        <translation>Horas del día para %1 (opcional, para los recordatorios)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="74"/>
        <source>for example 08:00 20:00</source>
        <translation>por ejemplo 08:00 20:00</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="82"/>
        <source>%1: my team gave me this</source>
        <translation>%1: mi equipo me lo dio</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="87"/>
        <source>St&amp;arted on</source>
        <translation>&amp;Empezó el</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/prophylaxis_dialog.py" line="109"/>
        <source>From the protocol&apos;s source, confirmed with my team: %1</source>
        <translation>De la fuente del protocolo, confirmado con mi equipo: %1</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="282"/>
        <source>Lay out a protocol</source>
        <translation>Planificar un protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="289"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="292"/>
        <source>&amp;Arrival date</source>
        <translation>Fecha de &amp;llegada</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="294"/>
        <source>Time &amp;zone there</source>
        <translation>&amp;Zona horaria allá</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="299"/>
        <source>&amp;Add its days</source>
        <translation>&amp;Agregar sus días</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="302"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/item_dialog.py" line="307"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>PublishKeeper</name>
    <message>
        <location filename="../../ui/shell/publish_keeper.py" line="82"/>
        <source>Calendar updated: %1</source>
        <translation>Calendario actualizado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/publish_keeper.py" line="92"/>
        <source>Calendar not updated: %1</source>
        <translation>Calendario sin actualizar: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="163"/>
        <source>Log a symptom</source>
        <translation>Anotar un síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="169"/>
        <source>Type a few letters, for example head</source>
        <translation>Escriba unas letras, por ejemplo cabeza</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="171"/>
        <source>&amp;Symptom</source>
        <translation>&amp;Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="173"/>
        <source>Type a few letters; Enter takes the first suggestion and moves on.</source>
        <translation>Escriba unas letras; Enter toma la primera sugerencia y pasa al siguiente campo.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="176"/>
        <source>0 to 10</source>
        <translation>0 a 10</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="187"/>
        <source>S&amp;everity, 0 (none) to 10 (worst)</source>
        <translation>&amp;Intensidad, 0 (nada) a 10 (lo peor)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="191"/>
        <source>Severity, 0 (none) to 10 (worst)</source>
        <translation>Intensidad, 0 (nada) a 10 (lo peor)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="192"/>
        <source>A number from 0 to 10; Enter saves.</source>
        <translation>Un número de 0 a 10; Enter guarda.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="195"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="202"/>
        <source>&amp;Temperature in °%1 (optional)</source>
        <translation>&amp;Temperatura en °%1 (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="210"/>
        <source>Where the temperature was ta&amp;ken</source>
        <translation>Dónde se &amp;tomó la temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="212"/>
        <source>The red-flag temperatures are for readings taken in the mouth.</source>
        <translation>Las temperaturas de alerta son para lecturas tomadas en la boca.</translation>
    </message>
    <message>
        <source>&amp;Notes (optional)</source>
        <translation type="vanished">&amp;Notas (opcional)</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation type="vanished">Enter guarda; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="218"/>
        <source>The patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="218"/>
        <source>The companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="221"/>
        <source>&amp;Recorded by</source>
        <translation>&amp;Anotado por</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="136"/>
        <source>Edit a rating</source>
        <translation>Editar una calificación</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="136"/>
        <source>Rate your week</source>
        <translation>Califique su semana</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="140"/>
        <source>Type a number for each, then Tab to the next. Leave one empty to skip it. Enter saves.</source>
        <translation>Escriba un número para cada una y pase a la siguiente con Tab. Deje una vacía para omitirla. Enter guarda.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="90"/>
        <source>skip</source>
        <translation>omitir</translation>
    </message>
    <message>
        <source>&amp;Notes (optional)</source>
        <translation type="vanished">&amp;Notas (opcional)</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation type="vanished">Enter guarda; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="158"/>
        <source>Part of the &amp;baseline?</source>
        <translation>¿Parte de la &amp;línea base?</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="160"/>
        <source>The patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="160"/>
        <source>The companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="163"/>
        <source>&amp;Recorded by</source>
        <translation>&amp;Anotado por</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="279"/>
        <source>%1, newest first</source>
        <translation>%1, lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="281"/>
        <source>Nothing recorded yet. “%1” adds the first.</source>
        <translation>Todavía no hay nada registrado. “%1” agrega el primero.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="289"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="290"/>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="291"/>
        <source>Edit the selected line (F2 or Enter)</source>
        <translation>Editar la línea seleccionada (F2 o Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="292"/>
        <source>Delete the selected line (Delete key)</source>
        <translation>Borrar la línea seleccionada (tecla Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="335"/>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="352"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="364"/>
        <source>Deleted %1.</source>
        <translation>Se borró %1.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="366"/>
        <source>Press Undo or Ctrl+Z to bring it back.</source>
        <translation>Pulse Deshacer o Ctrl+Z para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_page.py" line="372"/>
        <source>Brought back %1.</source>
        <translation>Se recuperó %1.</translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="244"/>
        <source>My team says my counts have recovered</source>
        <translation>Mi equipo dice que mis recuentos se han recuperado</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="248"/>
        <source>This ends the neutropenic period: after this time, a temperature of 38.0 °C raises no red flag of its own (the other fever rules still apply).</source>
        <translation>Esto termina el periodo de neutropenia: después de esta hora, una temperatura de 38,0 °C ya no da por sí sola una señal de alarma (las demás reglas de fiebre siguen aplicándose).</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="257"/>
        <source>Recorded &amp;by</source>
        <translation>Registrado &amp;por</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="259"/>
        <source>&amp;Who said so (optional)</source>
        <translation>&amp;Quién lo dijo (opcional)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="286"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="291"/>
        <source>Your journal is encrypted, but Journey stopped before you confirmed that you have kept your recovery key. If you forget your passphrase, this recovery key is the only way to open your journal and its backups. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Su diario está cifrado, pero Journey se detuvo antes de que usted confirmara que guardó su clave de recuperación. Si olvida su frase de contraseña, esta clave de recuperación es la única forma de abrir su diario y sus copias de seguridad. Anótela o imprímala y guárdela en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="298"/>
        <source>Your journal is now encrypted. If you forget your passphrase, this recovery key is the only way to open your journal and its backups. Write it down or print it, and keep it somewhere safe, away from this computer. Journey shows it only now.</source>
        <translation>Su diario ya está cifrado. Si olvida su frase de contraseña, esta clave de recuperación es la única forma de abrir su diario y sus copias de seguridad. Anótela o imprímala y guárdela en un lugar seguro, lejos de esta computadora. Journey la muestra solo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="306"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="313"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="317"/>
        <source>I have &amp;written it down or printed it</source>
        <translation>Ya la &amp;anoté o la imprimí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="344"/>
        <source>Journey: recovery key</source>
        <translation>Journey: clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="345"/>
        <source>Keep this page safe. It opens your encrypted journal and its backups.</source>
        <translation>Guarde esta página en un lugar seguro. Abre su diario cifrado y sus copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="63"/>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="74"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="78"/>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="132"/>
        <source>Red flag: call your clinic</source>
        <translation>Señal de alarma: llame a su clínica</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="92"/>
        <source>&amp;Copy number</source>
        <translation>Co&amp;piar número</translation>
    </message>
    <message>
        <source>Copy the clinic&apos;s 24-hour number</source>
        <translation type="vanished">Copiar el número de 24 horas de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="98"/>
        <source>I have &amp;seen this</source>
        <translation>Ya lo &amp;vi</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="99"/>
        <source>I have seen this red flag</source>
        <translation>Ya vi esta señal de alarma</translation>
    </message>
    <message>
        <source>%1 Logged %2.</source>
        <translation type="vanished">%1 Anotado el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="149"/>
        <source>%1 more after this one.</source>
        <translation>%1 más después de esta.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="152"/>
        <source>Journey could not check every red-flag rule; if you are worried, call your clinic.</source>
        <translation>Journey no pudo comprobar todas las reglas de señales de alarma; si está preocupado, llame a su clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="160"/>
        <source>Red flags could not be checked</source>
        <translation>No se pudieron comprobar las señales de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="162"/>
        <source>Journey could not check your recent entries for red flags. If you feel unwell or are worried, call your clinic.</source>
        <translation>Journey no pudo comprobar si sus registros recientes tienen señales de alarma. Si se siente mal o está preocupado, llame a su clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="168"/>
        <source>Red flags could not be checked: %1 %2</source>
        <translation>No se pudieron comprobar las señales de alarma: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="176"/>
        <source>Clinic&apos;s 24-hour number: %1</source>
        <translation>Número de 24 horas de la clínica: %1</translation>
    </message>
    <message>
        <source>Add the clinic&apos;s 24-hour number on the People page.</source>
        <translation type="vanished">Agregue el número de 24 horas de la clínica en la página Personas.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="213"/>
        <source>Marked as seen.</source>
        <translation>Marcado como visto.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="158"/>
        <source>Red flag: %1 %2</source>
        <translation>Señal de alarma: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="93"/>
        <source>Copy the number to call</source>
        <translation>Copiar el número al que llamar</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="95"/>
        <source>&amp;Add the clinic&apos;s number…</source>
        <translation>&amp;Añadir el número de la clínica…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="96"/>
        <source>Add the clinic&apos;s 24-hour number</source>
        <translation>Agregar el número de la clínica las 24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="134"/>
        <source>Red flags: call your clinic</source>
        <translation>Señales de alarma: llame a su clínica</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="136"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="146"/>
        <source>Logged %1.</source>
        <translation>Anotado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="182"/>
        <source>No clinic 24-hour number yet. In an emergency call %1 (the emergency number where this was logged).</source>
        <translation>Aún no hay número de 24 horas de la clínica. En una emergencia llame al %1 (el número de emergencias del lugar donde se anotó).</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="202"/>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/red_flag_banner.py" line="210"/>
        <source>Red flag marked as seen.</source>
        <translation>Señal de alarma marcada como vista.</translation>
    </message>
</context>
<context>
    <name>RelapseDialog</name>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="114"/>
        <source>Add a relapse</source>
        <translation>Agregar un brote</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="114"/>
        <source>Edit relapse</source>
        <translation>Editar brote</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="118"/>
        <source>St&amp;arted on</source>
        <translation>&amp;Empezó el</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="121"/>
        <source>&amp;Ended on</source>
        <translation>&amp;Terminó el</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="124"/>
        <source>Leave it “Not set” while the relapse goes on. To clear a date, select it all and press Delete.</source>
        <translation>Déjelo en “Sin fecha” mientras dure el brote. Para quitar una fecha, selecciónela toda y pulse Supr.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="128"/>
        <source>S&amp;ymptoms</source>
        <translation>&amp;Síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="131"/>
        <source>S&amp;teroid treatment</source>
        <translation>Tratamiento con este&amp;roides</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="132"/>
        <source>for example methylprednisolone 1 g a day for 3 days</source>
        <translation>por ejemplo metilprednisolona 1 g al día durante 3 días</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/clinical_dialogs.py" line="133"/>
        <source>Leave empty if there was none.</source>
        <translation>Déjelo vacío si no hubo.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/report/page.py" line="71"/>
        <source>Merge into this journal?</source>
        <translation>¿Combinar con este diario?</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="72"/>
        <source>This journal already has entries. Add what %1 holds that this journal does not have yet? Nothing is added twice, and nothing here is changed or removed.</source>
        <translation>Este diario ya tiene anotaciones. ¿Agregar lo que contiene %1 y que este diario todavía no tiene? Nada se agrega dos veces y aquí no se cambia ni se quita nada.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="84"/>
        <source>Report and data</source>
        <translation>Informe y datos</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="91"/>
        <source>Report for your neurologist</source>
        <translation>Informe para su neurólogo</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="95"/>
        <source>A PDF of the period you choose: your profile and treatment, the timeline, side effects and red flags, your ratings with charts and tables, clinical events, NEDA-3 and medications.</source>
        <translation>Un PDF del periodo que elija: su perfil y tratamiento, el cronograma, los efectos secundarios y las señales de alarma, sus calificaciones con gráficas y tablas, los eventos clínicos, NEDA-3 y los medicamentos.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="109"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="109"/>
        <source>Report from</source>
        <translation>Informe desde</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="110"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="110"/>
        <source>Report to</source>
        <translation>Informe hasta</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="124"/>
        <source>Show &amp;preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="127"/>
        <source>&amp;Save as PDF… (Ctrl+E)</source>
        <translation>&amp;Guardar en PDF… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="127"/>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="135"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="136"/>
        <source>Press “Show preview” to read the report here.</source>
        <translation>Pulse “Mostrar vista previa” para leer el informe aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="141"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="145"/>
        <source>Everything as one JSON file, to keep or to move to another computer; CSV files to open in a spreadsheet. Files stay where you save them.</source>
        <translation>Todo en un solo archivo JSON, para guardarlo o pasarlo a otra computadora; archivos CSV para abrirlos en una hoja de cálculo. Los archivos se quedan donde los guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="152"/>
        <source>Export everything (&amp;JSON)…</source>
        <translation>Exportar todo (&amp;JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="154"/>
        <source>Export for a spreads&amp;heet (CSV)…</source>
        <translation>Exportar para una hoja de &amp;cálculo (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="156"/>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importar desde JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="174"/>
        <source>⚠ The period ends before it starts.</source>
        <translation>⚠ El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="193"/>
        <location filename="../../ui/report/page.py" line="237"/>
        <source>Making the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="193"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="198"/>
        <source>The report is ready to read below.</source>
        <translation>El informe está listo para leerse abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="223"/>
        <source>Journey report %1.pdf</source>
        <translation>Informe de Journey %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="224"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="240"/>
        <source>Saved the report to %1.</source>
        <translation>Se guardó el informe en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="242"/>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="248"/>
        <source>Journey %1.json</source>
        <translation>Journey %1.json</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="249"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="260"/>
        <location filename="../../ui/report/page.py" line="283"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="263"/>
        <source>Exported %1 records to %2.</source>
        <translation>Se exportaron %1 registros a %2.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="267"/>
        <location filename="../../ui/report/page.py" line="290"/>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="271"/>
        <source>Choose a folder for the CSV files</source>
        <translation>Elija una carpeta para los archivos CSV</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="286"/>
        <source>Exported %1 CSV files to %2.</source>
        <translation>Se exportaron %1 archivos CSV a %2.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="294"/>
        <source>Import from JSON</source>
        <translation>Importar desde JSON</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="308"/>
        <source>Imported %1: %2 added.</source>
        <translation>Se importó %1: %2 agregados.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="311"/>
        <source>%1 were already here.</source>
        <translation>%1 ya estaban aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="314"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="314"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/report/page.py" line="330"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ScalesDialog</name>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="108"/>
        <source>Your scales</source>
        <translation>Sus escalas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="113"/>
        <source>Untick a scale to leave it out of the form and the charts; its ratings stay. Space ticks or unticks the chosen scale.</source>
        <translation>Desmarque una escala para dejarla fuera del formulario y de las gráficas; sus calificaciones se conservan. Espacio marca o desmarca la escala elegida.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="125"/>
        <source>Shown</source>
        <translation>Visible</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="126"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="127"/>
        <source>What the values mean</source>
        <translation>Qué significan los valores</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="129"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="130"/>
        <source>Built in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="130"/>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="137"/>
        <source>Rating scales</source>
        <translation>Escalas de calificación</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="141"/>
        <source>&amp;Add a scale…</source>
        <translation>&amp;Agregar una escala…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="143"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="175"/>
        <source>A built-in scale keeps its wording; you can untick it.</source>
        <translation>Una escala incluida conserva su redacción; puede desmarcarla.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="184"/>
        <source>Saved “%1”.</source>
        <translation>Se guardó “%1”.</translation>
    </message>
</context>
<context>
    <name>ScrollingFormDialog</name>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="314"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="316"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="336"/>
        <source>&amp;Notes (optional)</source>
        <translation>&amp;Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="338"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter guarda; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="364"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="365"/>
        <source>Discard what was brought back</source>
        <translation>Descartar lo recuperado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="372"/>
        <source>Discarded.</source>
        <translation>Descartado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="123"/>
        <location filename="../../ui/widgets/form_dialog.py" line="124"/>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que ha escrito?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="125"/>
        <source>It has not been saved.</source>
        <translation>No se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="126"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="127"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="47"/>
        <source>Celsius (°C)</source>
        <translation>Celsius (°C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="47"/>
        <source>Fahrenheit (°F)</source>
        <translation>Fahrenheit (°F)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="51"/>
        <location filename="../../ui/settings/page.py" line="63"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="52"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="53"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="54"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="66"/>
        <source>&amp;Temperatures in</source>
        <translation>&amp;Temperaturas en</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="67"/>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="68"/>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="69"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="77"/>
        <source>Reminders in calendars you export</source>
        <translation>Recordatorios en los calendarios que exporte</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="82"/>
        <source>How long before each item your phone&apos;s calendar reminds you, once you export the timeline to it. 0 means no reminder.</source>
        <translation>Con cuánta anticipación le avisa el calendario de su teléfono de cada elemento, una vez que exporte el cronograma a él. 0 significa sin recordatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="91"/>
        <source>Before a &amp;flight (hours)</source>
        <translation>Antes de un &amp;vuelo (horas)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="92"/>
        <source>Before clinic and &amp;treatment items (hours)</source>
        <translation>Antes de citas en la clínica y de trata&amp;miento (horas)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="142"/>
        <source>Red-flag temperatures your clinic gave you</source>
        <translation>Temperaturas de alarma que le dio su clínica</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="147"/>
        <source>Journey shows a red-flag banner with the clinic&apos;s 24-hour number at these temperatures, for readings taken in the mouth. If your clinic gave you other numbers, enter theirs.</source>
        <translation>Journey muestra un aviso de alarma con el número de 24 horas de la clínica a estas temperaturas, para lecturas tomadas en la boca. Si su clínica le dio otras cifras, escriba las suyas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="155"/>
        <source>Any reading during neutropenia</source>
        <translation>Cualquier lectura durante la neutropenia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="156"/>
        <source>Below this during neutropenia</source>
        <translation>Por debajo de esta durante la neutropenia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="158"/>
        <source>With a stiff neck after a lumbar puncture</source>
        <translation>Con rigidez de cuello después de una punción lumbar</translation>
    </message>
    <message>
        <source>Journey shows a red-flag banner with the clinic&apos;s 24-hour number at these temperatures. If your clinic gave you other numbers, enter theirs.</source>
        <translation type="vanished">Con estas temperaturas, Journey muestra un aviso de alarma con el número de 24 horas de la clínica. Si su clínica le dio otras cifras, escriba las suyas.</translation>
    </message>
    <message>
        <source>Any reading during neutropenia and isolation</source>
        <translation type="vanished">Cualquier medición durante la neutropenia y el aislamiento</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="160"/>
        <source>One reading at any time</source>
        <translation>Una medición en cualquier momento</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="161"/>
        <source>Two readings an hour or more apart</source>
        <translation>Dos mediciones con una hora o más de diferencia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="201"/>
        <source>Journey&apos;s default: %1 °%2</source>
        <translation>Valor predeterminado de Journey: %1 °%2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="217"/>
        <source>Red-flag temperatures saved.</source>
        <translation>Temperaturas de alarma guardadas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="232"/>
        <source>Reminders saved; they go into your next calendar export.</source>
        <translation>Recordatorios guardados; se incluirán en su próxima exportación al calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="260"/>
        <source>Language saved. It applies when Journey next opens.</source>
        <translation>Idioma guardado. Se aplicará la próxima vez que abra Journey.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="262"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="43"/>
        <source>Stop sharing with %1?</source>
        <translation>¿Dejar de compartir con %1?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="44"/>
        <source>For a lost or sold computer. Changes made here from now on are no longer sent to %1, and its own are no longer taken in. It cannot be undone: to share with it again, invite it again.</source>
        <translation>Para una computadora perdida o vendida. Los cambios hechos aquí a partir de ahora ya no se envían a %1, y los suyos ya no se reciben. No se puede deshacer: para volver a compartir con él, invítelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="61"/>
        <source>Sharing with another computer</source>
        <translation>Compartir con otra computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="67"/>
        <source>The patient and the companion can each keep this journal on their own computer. Journey keeps them in step through a folder your own sync tool (Syncthing, Nextcloud, Dropbox…) already moves, with only encrypted files in it.</source>
        <translation>El paciente y el acompañante pueden tener este diario cada uno en su computadora. Journey los mantiene al día a través de una carpeta que ya mueve su propia herramienta de sincronización (Syncthing, Nextcloud, Dropbox…), con solo archivos cifrados dentro.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="80"/>
        <source>Computers sharing this journey</source>
        <translation>Ordenadores que comparten este viaje</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="88"/>
        <source>&amp;Share this journey…</source>
        <translation>&amp;Compartir este viaje…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="90"/>
        <source>&amp;Join a shared journey…</source>
        <translation>&amp;Unirse a un viaje compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="92"/>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="94"/>
        <source>&amp;Invite another computer…</source>
        <translation>&amp;Invitar a otra computadora…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="96"/>
        <source>Stop sharing with the selected computer…</source>
        <translation>Dejar de compartir con la computadora elegida…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="98"/>
        <source>Changes to &amp;choose…</source>
        <translation>Cambios por &amp;elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="100"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;Borrado recientemente…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="135"/>
        <source>Changes to &amp;choose (%1)…</source>
        <translation>Cambios por &amp;elegir (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="139"/>
        <source>This journal is only on this computer.</source>
        <translation>Este diario está solo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="145"/>
        <source>This journal already holds a journey. To join another, open Journey with a new, empty journal folder.</source>
        <translation>Este diario ya contiene un viaje. Para unirse a otro, abra Journey con una carpeta de diario nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="154"/>
        <source>This computer: %1 (%2) · fingerprint %3</source>
        <translation>Esta computadora: %1 (%2) · huella %3</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="159"/>
        <source>%1 (%2) · fingerprint %3 · %4</source>
        <translation>%1 (%2) · huella %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="161"/>
        <source>last changes %1</source>
        <translation>últimos cambios %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="165"/>
        <source>no changes from it yet</source>
        <translation>aún sin cambios suyos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="181"/>
        <source>This journey is shared.</source>
        <translation>Este viaje está compartido.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="187"/>
        <source>Joined the shared journey.</source>
        <translation>Se unió al viaje compartido.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_panel.py" line="207"/>
        <source>Stopped sharing with %1.</source>
        <translation>Se dejó de compartir con %1.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="67"/>
        <source>Shift items</source>
        <translation>Mover elementos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="75"/>
        <source>Move “%1” and everything after it. Day numbers follow.</source>
        <translation>Mover “%1” y todo lo que viene después. Los números de día se ajustan.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="80"/>
        <source>&amp;By</source>
        <translation>&amp;Cuánto</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="85"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="86"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="86"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="91"/>
        <source>&amp;What moves</source>
        <translation>&amp;Qué se mueve</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="94"/>
        <source>Only the ticked items move. Booked ones stay where they are unless you tick them. Space ticks or unticks the item selected.</source>
        <translation>Solo se mueven los elementos marcados. Los reservados se quedan donde están salvo que usted los marque. La barra espaciadora marca o desmarca el elemento seleccionado.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="101"/>
        <source>What moves</source>
        <translation>Qué se mueve</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="116"/>
        <source>&amp;Shift</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="140"/>
        <source>%1 (booked)</source>
        <translation>%1 (reservado)</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="142"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="181"/>
        <source>%1 of %2 ticked: they move.</source>
        <translation>%1 de %2 marcados: esos se mueven.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="213"/>
        <source>Moving by 0 changes nothing: choose how far to move.</source>
        <translation>Mover 0 no cambia nada: elija cuánto mover.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="217"/>
        <source>Nothing is ticked: tick the items to move.</source>
        <translation>No hay nada marcado: marque los elementos que quiere mover.</translation>
    </message>
</context>
<context>
    <name>SideEffectsPage</name>
    <message>
        <location filename="../../ui/side_effects/page.py" line="58"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="72"/>
        <location filename="../../ui/side_effects/page.py" line="201"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="73"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="74"/>
        <source>Companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="78"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="78"/>
        <source>Show entries from</source>
        <translation>Mostrar anotaciones desde</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="79"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="79"/>
        <source>Show entries until</source>
        <translation>Mostrar anotaciones hasta</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="80"/>
        <source>S&amp;ymptom</source>
        <translation>&amp;Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="80"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="81"/>
        <source>&amp;Watch window</source>
        <translation>&amp;Ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="81"/>
        <location filename="../../ui/side_effects/page.py" line="148"/>
        <source>Watch window</source>
        <translation>Ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="82"/>
        <source>Recorded &amp;by</source>
        <translation>Anotado &amp;por</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="82"/>
        <source>Recorded by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="107"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="108"/>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="119"/>
        <source>Blood &amp;counts…</source>
        <translation>Re&amp;cuentos sanguíneos…</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="127"/>
        <source>Side-effect log, newest first</source>
        <translation>Registro de efectos secundarios, lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="240"/>
        <source>%1 entries.</source>
        <translation>%1 anotaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="242"/>
        <source>1 entry.</source>
        <translation>1 anotación.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="292"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="304"/>
        <source>Deleted %1 (%2).</source>
        <translation>Se borró %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="309"/>
        <source>Press Undo or Ctrl+Z to bring it back.</source>
        <translation>Pulse Deshacer o Ctrl+Z para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/page.py" line="316"/>
        <source>Brought back %1.</source>
        <translation>Se recuperó %1.</translation>
    </message>
</context>
<context>
    <name>StartWindowDialog</name>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="252"/>
        <source>Start a watch window</source>
        <translation>Abrir una ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="257"/>
        <source>&amp;What was given</source>
        <translation>&amp;Qué se administró</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="263"/>
        <source>&amp;Date it ended</source>
        <translation>&amp;Fecha en que terminó</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="264"/>
        <source>T&amp;ime it ended (this computer&apos;s time)</source>
        <translation>&amp;Hora en que terminó (hora de esta computadora)</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="268"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="269"/>
        <source>&amp;Length of the window</source>
        <translation>&amp;Duración de la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="275"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/trip/timeline.py" line="63"/>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="71"/>
        <source>&amp;Add item</source>
        <translation>&amp;Agregar elemento</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="72"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="73"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="75"/>
        <source>U&amp;ndo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="76"/>
        <source>S&amp;hift…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="77"/>
        <source>&amp;More</source>
        <translation>Má&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="80"/>
        <source>Lay out a &amp;protocol…</source>
        <translation>Planificar un &amp;protocolo…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="81"/>
        <source>&amp;Save the timeline as a protocol…</source>
        <translation>&amp;Guardar el cronograma como protocolo…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="84"/>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Exportar al calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="86"/>
        <source>&amp;Import a calendar file (.ics)…</source>
        <translation>&amp;Importar un archivo de calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="89"/>
        <source>Save the itinerary as P&amp;DF…</source>
        <translation>Guardar el itinerario en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="92"/>
        <source>Save the &amp;wallet card as PDF…</source>
        <translation>Guardar la &amp;tarjeta para la cartera como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="109"/>
        <source>Agenda, day by day</source>
        <translation>Agenda, día por día</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="122"/>
        <location filename="../../ui/trip/timeline.py" line="157"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="136"/>
        <source>← &amp;Previous week</source>
        <translation>← &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="137"/>
        <source>&amp;This week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="138"/>
        <source>Ne&amp;xt week →</source>
        <translation>Si&amp;guiente →</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="139"/>
        <source>T&amp;rip week</source>
        <translation>Semana del &amp;viaje</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="140"/>
        <source>The week of the arrival, or this week during the trip</source>
        <translation>La semana de la llegada, o esta semana durante el viaje</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="156"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="158"/>
        <source>Timeline views</source>
        <translation>Vistas del cronograma</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="177"/>
        <source>Nothing planned this week. The week shows flights, appointments, treatment and rest days side by side, seven days at a glance.</source>
        <translation>Nada previsto esta semana. La semana muestra vuelos, citas, días de tratamiento y de descanso uno al lado del otro: siete días de un vistazo.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="182"/>
        <source>Add an item… (Ctrl+N)</source>
        <translation>Agregar un elemento… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="227"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="234"/>
        <source>Day 0 (reinfusion): %1</source>
        <translation>Día 0 (reinfusión): %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="236"/>
        <source>Day numbers appear once a reinfusion (day 0) is in the timeline.</source>
        <translation>Los números de día aparecen cuando hay una reinfusión (día 0) en el cronograma.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="239"/>
        <source>Days count from arrival (day 1).</source>
        <translation>Los días se cuentan desde la llegada (día 1).</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="291"/>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="319"/>
        <source>Added “%1”.</source>
        <translation>Se agregó “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="341"/>
        <source>Saved “%1”.</source>
        <translation>Se guardó “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="352"/>
        <source>Duplicated “%1”.</source>
        <translation>Se duplicó “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="363"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Se borró “%1”. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="383"/>
        <source>Undone: “%1”.</source>
        <translation>Deshecho: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="414"/>
        <source>Moved “%1” and everything after it.</source>
        <translation>Se movió “%1” y todo lo que viene después.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="417"/>
        <source>Moved “%1”.</source>
        <translation>Se movió “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="419"/>
        <source>Moved %1 ticked items; the others stayed where they were.</source>
        <translation>Se movieron %1 elementos marcados; los demás se quedaron donde estaban.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="447"/>
        <source>Added %1 items from “%2”.</source>
        <translation>Se agregaron %1 elementos de “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="456"/>
        <source>Save as a protocol</source>
        <translation>Guardar como protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="456"/>
        <source>Name of the protocol:</source>
        <translation>Nombre del protocolo:</translation>
    </message>
    <message>
        <location filename="../../ui/trip/timeline.py" line="465"/>
        <source>Saved the timeline as “%1”.</source>
        <translation>Se guardó el cronograma como “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="58"/>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="66"/>
        <source>Save the wallet card</source>
        <translation>Guardar la tarjeta para la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="75"/>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="77"/>
        <location filename="../../ui/trip/trip_files.py" line="87"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="86"/>
        <source>Import a calendar file</source>
        <translation>Importar un archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="113"/>
        <source>“%1” repeats %2 times. Add an item for each time, or one item from the first to the last?</source>
        <translation>«%1» se repite %2 veces. ¿Añadir un elemento por cada vez, o uno solo del primero al último?</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="122"/>
        <source>“%1”: %2 times</source>
        <translation>«%1»: %2 veces</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="127"/>
        <source>These events repeat:</source>
        <translation>Estos eventos se repiten:</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="129"/>
        <source>Add an item for each time, or one item from the first to the last of each?</source>
        <translation>¿Añadir un elemento por cada vez, o uno solo del primero al último de cada uno?</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="134"/>
        <source>Repeating events</source>
        <translation>Eventos que se repiten</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="136"/>
        <source>An item &amp;each time</source>
        <translation>Un elemento &amp;cada vez</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="136"/>
        <source>&amp;One item, first to last</source>
        <translation>&amp;Uno solo, del primero al último</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="154"/>
        <source>This looks like %1 already in your plan. Update it with the file&apos;s times and details, or add the event anyway?</source>
        <translation>Esto parece %1, que ya está en su plan. ¿Actualizarlo con las horas y los datos del archivo, o añadir el evento de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="158"/>
        <source>&amp;Update it</source>
        <translation>&amp;Actualizarlo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="161"/>
        <source>“%1” looks like %2</source>
        <translation>«%1» parece %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="168"/>
        <source>These events look like items already in your plan:</source>
        <translation>Estos eventos parecen elementos que ya están en su plan:</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="170"/>
        <source>Update those items with the file&apos;s times and details, or add the events anyway?</source>
        <translation>¿Actualizar esos elementos con las horas y los datos del archivo, o añadir los eventos de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="176"/>
        <source>&amp;Update them</source>
        <translation>&amp;Actualizarlos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="179"/>
        <source>Already in your plan?</source>
        <translation>¿Ya está en su plan?</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="181"/>
        <source>&amp;Add anyway</source>
        <translation>Añadir &amp;de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="193"/>
        <source>Responsible: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="194"/>
        <source>Protocol day %1</source>
        <translation>Día del protocolo %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="195"/>
        <source>Flight %1</source>
        <translation>Vuelo %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="196"/>
        <source>Booking reference: %1</source>
        <translation>Código de reserva: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="212"/>
        <source>Journey itinerary.ics</source>
        <translation>Itinerario de Journey.ics</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="215"/>
        <source>Exporting the itinerary…</source>
        <translation>Exportando el itinerario…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="220"/>
        <source>Exported %1 events to %2. Import the file into your phone&apos;s calendar; exporting again later updates the same events.</source>
        <translation>Se exportaron %1 eventos a %2. Importe el archivo en el calendario de su teléfono; si vuelve a exportar más adelante, se actualizan los mismos eventos.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="228"/>
        <source>Deleted items written as cancelled events, so that your phone&apos;s calendar removes them: %1.</source>
        <translation>Elementos borrados escritos como eventos cancelados, para que el calendario de su teléfono los quite: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="238"/>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="250"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="262"/>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Se importó %1: %2 agregados, %3 actualizados.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="272"/>
        <location filename="../../ui/trip/trip_files.py" line="287"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="306"/>
        <source>Companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="338"/>
        <source>Itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="355"/>
        <source>Itinerary — %1</source>
        <translation>Itinerario — %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="359"/>
        <location filename="../../ui/trip/trip_files.py" line="381"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="360"/>
        <source>The itinerary could not be saved to %1: %2</source>
        <translation>El itinerario no se pudo guardar en %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="365"/>
        <source>Saved the itinerary to %1.</source>
        <translation>Se guardó el itinerario en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="372"/>
        <source>Wallet card</source>
        <translation>Tarjeta para la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="382"/>
        <source>The wallet card could not be saved to %1: %2</source>
        <translation>No se pudo guardar la tarjeta para la cartera en %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/trip/trip_files.py" line="388"/>
        <source>Saved the wallet card to %1. Print it at full size, then cut and fold it.</source>
        <translation>Se guardó la tarjeta para la cartera en %1. Imprímala a tamaño real y luego recórtela y dóblela.</translation>
    </message>
</context>
<context>
    <name>TodayEntries</name>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="209"/>
        <source>Side effects logged today</source>
        <translation>Efectos secundarios anotados hoy</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="231"/>
        <source>⚑ %1 (red flag seen)</source>
        <translation>⚑ %1 (alarma vista)</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="239"/>
        <source>Nothing logged today. Press Ctrl+L to log a symptom.</source>
        <translation>Hoy no se anotó nada. Pulse Ctrl+L para anotar un síntoma.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today/page.py" line="65"/>
        <location filename="../../ui/today/page.py" line="260"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="103"/>
        <source>Your treatment</source>
        <translation>Su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="114"/>
        <source>Blood counts</source>
        <translation>Recuentos sanguíneos</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="126"/>
        <source>Today and tomorrow</source>
        <translation>Hoy y mañana</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="143"/>
        <source>Travelling with</source>
        <translation>Viaja con</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="146"/>
        <source>&amp;Copy number</source>
        <translation>Co&amp;piar número</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="148"/>
        <source>Copy the companion&apos;s phone number</source>
        <translation>Copiar el número de teléfono del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="154"/>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="157"/>
        <source>&amp;Edit profile</source>
        <translation>&amp;Editar perfil</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="161"/>
        <source>Profile save status</source>
        <translation>Estado del guardado del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="191"/>
        <source>Today is %1</source>
        <translation>Hoy es %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="216"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2 time), %3 here</source>
        <translation type="vanished">%1 (hora de %2), %3 aquí</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="225"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="229"/>
        <source>Arrival: %1</source>
        <translation>Llegada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="257"/>
        <source>Protocol day %1</source>
        <translation>Día del protocolo %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="261"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="265"/>
        <source>Nothing planned.</source>
        <translation>Nada planeado.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="270"/>
        <source>You arrive in %1 days</source>
        <translation>Llega en %1 días</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="272"/>
        <source>You arrive tomorrow</source>
        <translation>Llega mañana</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="274"/>
        <source>Arrival day</source>
        <translation>Día de llegada</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="275"/>
        <source>Day %1 of your stay</source>
        <translation>Día %1 de su estancia</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="279"/>
        <source>Treatment starts in %1 days.</source>
        <translation>El tratamiento empieza en %1 días.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="281"/>
        <source>Treatment starts tomorrow.</source>
        <translation>El tratamiento empieza mañana.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="283"/>
        <source>Treatment starts today.</source>
        <translation>El tratamiento empieza hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="285"/>
        <source>Treatment started yesterday.</source>
        <translation>El tratamiento empezó ayer.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="286"/>
        <source>Treatment started %1 days ago.</source>
        <translation>El tratamiento empezó hace %1 días.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="292"/>
        <source>You travel alone.</source>
        <translation>Viaja sin acompañante.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="302"/>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="312"/>
        <source>Diagnosed in %1</source>
        <translation>Año del diagnóstico: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="314"/>
        <source>EDSS %1, as reported by a clinician</source>
        <translation>EDSS %1, según lo informó un médico</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="321"/>
        <source>Last MRI %1</source>
        <translation>Última resonancia %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="351"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="352"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="374"/>
        <location filename="../../ui/today/page.py" line="379"/>
        <source>Profile not saved: see the marked fields.</source>
        <translation>El perfil no se guardó: vea los campos marcados.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="388"/>
        <location filename="../../ui/today/page.py" line="389"/>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
</context>
<context>
    <name>TransfusionDialog</name>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="181"/>
        <source>Record a transfusion</source>
        <translation>Registrar una transfusión</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="181"/>
        <source>Change a transfusion</source>
        <translation>Cambiar una transfusión</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="189"/>
        <source>&amp;Transfusion of</source>
        <translation>&amp;Transfusión de</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="198"/>
        <source>Recorded &amp;by</source>
        <translation>Anotado &amp;por</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="199"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/tables.py" line="348"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tables.py" line="378"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="62"/>
        <source>Journey is locked</source>
        <translation>Journey está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="67"/>
        <source>The file journal.keys is missing from your journal&apos;s folder, so your passphrase cannot open it. Type your recovery key instead; Journey then asks for a new passphrase. (If this journal was never encrypted, the file is damaged: quit and restore a backup.)</source>
        <translation>Falta el archivo journal.keys en la carpeta de su diario, así que su frase de contraseña no puede abrirlo. Escriba su clave de recuperación; después Journey le pedirá una frase de contraseña nueva. (Si este diario nunca estuvo cifrado, el archivo está dañado: salga y restaure una copia de seguridad.)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="73"/>
        <source>Your journal is encrypted. Type your passphrase to open it.</source>
        <translation>Su diario está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="77"/>
        <location filename="../../ui/widgets/passphrase.py" line="116"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="79"/>
        <location filename="../../ui/widgets/passphrase.py" line="119"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="86"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="111"/>
        <source>&amp;Recovery key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="114"/>
        <source>Use the &amp;passphrase instead</source>
        <translation>Usar la &amp;frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="135"/>
        <source>Wrong passphrase or damaged file.</source>
        <translation>Frase de contraseña incorrecta o archivo dañado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="138"/>
        <source>That is not the recovery key: %1.</source>
        <translation>Esa no es la clave de recuperación: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="174"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="176"/>
        <source>Choose a passphrase to open your journal from now on. Journey writes it into a new journal.keys file.</source>
        <translation>Elija una frase de contraseña para abrir su diario de ahora en adelante. Journey la guarda en un archivo journal.keys nuevo.</translation>
    </message>
</context>
<context>
    <name>WalletCard</name>
    <message>
        <location filename="../../ui/trip/card.py" line="425"/>
        <location filename="../../ui/trip/card.py" line="460"/>
        <source>Wallet card — %1</source>
        <translation>Tarjeta para la cartera — %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/card.py" line="425"/>
        <location filename="../../ui/trip/card.py" line="460"/>
        <source>Wallet card</source>
        <translation>Tarjeta para la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/trip/card.py" line="428"/>
        <source>Cut along the solid lines. Fold each card along the dashed line, so that one side is in English and the other in Spanish. Keep both cards with your passport.</source>
        <translation>Recorte por las líneas continuas. Doble cada tarjeta por la línea discontinua, de modo que un lado quede en inglés y el otro en español. Lleve ambas tarjetas con su pasaporte.</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="60"/>
        <source>Watch windows</source>
        <translation>Ventanas de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="72"/>
        <source>Check &amp;in now</source>
        <translation>&amp;Registrar cómo está ahora</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="80"/>
        <source>Start a &amp;watch window…</source>
        <translation>Abrir una &amp;ventana de vigilancia…</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="83"/>
        <source>For an infusion that is not in the timeline: 48 hours from when it ended.</source>
        <translation>Para una infusión que no está en el cronograma: 48 horas desde que terminó.</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="86"/>
        <source>Change the &amp;length…</source>
        <translation>Cambiar la &amp;duración…</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="89"/>
        <source>48 hours by default; your clinic may say otherwise.</source>
        <translation>48 horas de manera predeterminada; su clínica puede indicar otra cosa.</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="116"/>
        <source>No watch window is open. One opens for 48 hours when you mark an infusion done in the Timeline.</source>
        <translation>No hay ninguna ventana de vigilancia abierta. Se abre una por 48 horas cuando marca una infusión como hecha en el Cronograma.</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="128"/>
        <source>Time for a check-in: nothing logged in “%1” for %2 hours. How do you feel, and what is your temperature?</source>
        <translation>Es hora de un control: no se anotó nada en “%1” en %2 horas. ¿Cómo se siente y cuál es su temperatura?</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="134"/>
        <source>Check in now: log how you feel</source>
        <translation>Registrar ahora: anote cómo se siente</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="139"/>
        <source>%1 h since, %2 h left</source>
        <translation>%1 h desde el inicio, quedan %2 h</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="144"/>
        <source>open until %1</source>
        <translation>abierta hasta %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="149"/>
        <source>1 entry logged in it</source>
        <translation>1 anotación en ella</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="151"/>
        <source>%1 entries logged in it</source>
        <translation>%1 anotaciones en ella</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="156"/>
        <source>Expected effects:</source>
        <translation>Efectos esperados:</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="163"/>
        <source>Check in: how do you feel?</source>
        <translation>Control: ¿cómo se siente?</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="177"/>
        <source>Length of the watch window</source>
        <translation>Duración de la ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="178"/>
        <source>Hours that “%1” lasts, from when it opened (1 to 168):</source>
        <translation>Horas que dura “%1”, desde que se abrió (1 a 168):</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="189"/>
        <source>“%1” now lasts %2 hours.</source>
        <translation>“%1” ahora dura %2 horas.</translation>
    </message>
    <message>
        <location filename="../../ui/today/watch_panel.py" line="198"/>
        <source>Watch window “%1” started: %2 hours.</source>
        <translation>Se abrió la ventana de vigilancia “%1”: %2 horas.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="285"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="311"/>
        <source>Until %1</source>
        <translation>Hasta las %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_models.py" line="312"/>
        <source>Continues</source>
        <translation>Continúa</translation>
    </message>
</context>
<context>
    <name>WhereDialog</name>
    <message>
        <location filename="../../ui/today/here_panel.py" line="100"/>
        <source>Where are you now?</source>
        <translation>¿Dónde está ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="104"/>
        <source>Journey counts today&apos;s date, the day of your stay and the times you log where you are. Type the city you are in; “Follow the plan” on Today undoes this.</source>
        <translation>Journey cuenta la fecha de hoy, el día de su estancia y las horas que registra donde usted está. Escriba la ciudad en la que está; “Seguir el plan” en Hoy lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/today/here_panel.py" line="111"/>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="111"/>
        <source>&lt;h3&gt;Journey %1&lt;/h3&gt;&lt;p&gt;A private journal for people with multiple sclerosis who travel for stem-cell therapy, and for the companions who travel with them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Journey is not a medical device.&lt;/b&gt; It records, reminds and shows the thresholds your care team gave you. It does not diagnose, and it does not recommend treatments or clinics. In an emergency, call your clinic or local emergency services.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer. Journey makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey %1&lt;/h3&gt;&lt;p&gt;Un diario privado para personas con esclerosis múltiple que viajan para recibir una terapia con células madre, y para quienes las acompañan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Journey no es un dispositivo médico.&lt;/b&gt; Registra, recuerda y muestra los límites que le dio su equipo médico. No hace diagnósticos ni recomienda tratamientos ni clínicas. En una emergencia, llame a su clínica o a los servicios de emergencia locales.&lt;/p&gt;&lt;p&gt;Su diario se queda en esta computadora. Journey no se conecta a ninguna red.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="755"/>
        <source>About Journey</source>
        <translation>Acerca de Journey</translation>
    </message>
</context>
<context>
    <name>aftercare</name>
    <message>
        <location filename="../../ui/words/aftercare.py" line="41"/>
        <source>Before treatment starts, rate how you are now: these ratings become your baseline, the reference every later rating is compared with.</source>
        <translation>Antes de que empiece el tratamiento, califique cómo está ahora: estas calificaciones serán su línea base, la referencia con la que se compara cada calificación posterior.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="46"/>
        <source>No ratings yet. Rating takes about a minute.</source>
        <translation>Todavía no hay calificaciones. Calificar toma alrededor de un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="48"/>
        <source>A rating is overdue: it was due on %1.</source>
        <translation>Hay una calificación atrasada: tocaba el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="52"/>
        <source>A rating is due today.</source>
        <translation>Hoy toca una calificación.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="53"/>
        <source>Your next rating is due on %1.</source>
        <translation>Su próxima calificación toca el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="61"/>
        <source>%1: no ratings on this scale yet.</source>
        <translation>%1: todavía no hay calificaciones en esta escala.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="63"/>
        <source>%1: no baseline yet. Ratings made before the treatment starts, or marked as baseline, become it.</source>
        <translation>%1: todavía no hay línea base. La forman las calificaciones hechas antes de que empiece el tratamiento o marcadas como línea base.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="69"/>
        <source>%1: baseline %2; no ratings since the baseline yet.</source>
        <translation>%1: línea base %2; todavía no hay calificaciones después de la línea base.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="76"/>
        <source>better, by your own ratings</source>
        <translation>mejor, según sus propias calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="77"/>
        <source>worse, by your own ratings</source>
        <translation>peor, según sus propias calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="78"/>
        <source>about the same as your baseline</source>
        <translation>más o menos igual que su línea base</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="81"/>
        <source>%1: last 4 weeks average %2, %3 against your baseline of %4 — %5.</source>
        <translation>%1: promedio de las últimas 4 semanas %2, %3 frente a su línea base de %4 — %5.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="94"/>
        <source>%1: not enough ratings yet to compare with your baseline (%2).</source>
        <translation>%1: todavía no hay suficientes calificaciones para compararlas con su línea base (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="107"/>
        <source>%1 of %2 in the last 4 weeks</source>
        <translation>%1 de %2 en las últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="113"/>
        <source>%1 of %2 baseline ratings</source>
        <translation>%1 de %2 calificaciones de línea base</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="128"/>
        <source>Month %1 and after</source>
        <translation>Mes %1 en adelante</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="129"/>
        <source>Months %1–%2</source>
        <translation>Meses %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="133"/>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="142"/>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="148"/>
        <source>✓ NEDA-3 holds %1: no relapse, no new or enlarging T2 or enhancing lesion, no confirmed EDSS progression in what was entered.</source>
        <translation>✓ Se cumple NEDA-3 %1: sin brotes, sin lesiones T2 nuevas o agrandadas ni lesiones con realce, sin progresión confirmada de la EDSS en lo registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="154"/>
        <source>✗ NEDA-3 does not hold %1:</source>
        <translation>✗ No se cumple NEDA-3 %1:</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="157"/>
        <source>Not enough information to say whether NEDA-3 holds %1.</source>
        <translation>No hay información suficiente para decir si se cumple NEDA-3 %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="162"/>
        <source>✗ Relapse starting %1.</source>
        <translation>✗ Brote que empezó el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="165"/>
        <source>✗ MRI of %1: new or enlarging T2 lesions %2, enhancing lesions %3.</source>
        <translation>✗ Resonancia del %1: lesiones T2 nuevas o agrandadas %2, lesiones con realce %3.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="172"/>
        <source>✗ EDSS rose from %1 (%2) to %3 on %4, confirmed on %5.</source>
        <translation>✗ La EDSS subió de %1 (%2) a %3 el %4, confirmado el %5.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="188"/>
        <source>EDSS rose from %1 (%2) to %3 on %4: pending confirmation until %5. A report from that day on, still at %6 or more, would confirm it.</source>
        <translation>La EDSS subió de %1 (%2) a %3 el %4: pendiente de confirmación hasta el %5. Un informe desde ese día, todavía en %6 o más, la confirmaría.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="204"/>
        <source>Missing: no MRI in this period.</source>
        <translation>Falta: ninguna resonancia en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="205"/>
        <source>Missing: no MRI with lesion counts in this period (new or enlarging T2 lesions, enhancing lesions).</source>
        <translation>Falta: ninguna resonancia con número de lesiones en este periodo (lesiones T2 nuevas o agrandadas, lesiones con realce).</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="209"/>
        <source>Missing: no EDSS score in this period.</source>
        <translation>Falta: ninguna puntuación EDSS en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="210"/>
        <source>Missing: only one EDSS score in this period, and none before it to compare with.</source>
        <translation>Falta: solo hay una puntuación EDSS en este periodo y ninguna anterior con la que compararla.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="226"/>
        <source>the treatment start (%1): there is no reinfusion in your timeline, so day 0 is not known</source>
        <translation>el inicio del tratamiento (%1): no hay una reinfusión en su cronograma, así que no se conoce el día 0</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="231"/>
        <source>day 0, the reinfusion on %1</source>
        <translation>el día 0, la reinfusión del %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="234"/>
        <source>For HSCT, the period starts by default after the re-baseline MRI of %1, about %3 months after %2.</source>
        <translation>En el TACMH, el periodo empieza de forma predeterminada después de la resonancia de nueva referencia del %1, unos %3 meses después de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="239"/>
        <source>For HSCT, the period starts by default at the re-baseline MRI, due about %3 months after %2: %1.</source>
        <translation>En el TACMH, el periodo empieza de forma predeterminada en la resonancia de nueva referencia, prevista unos %3 meses después de %2: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="244"/>
        <source>For HSCT, the period will start at the re-baseline MRI, due about %3 months after %2 (%1); until then it starts there.</source>
        <translation>En el TACMH, el periodo empezará en la resonancia de nueva referencia, prevista unos %3 meses después de %2 (%1); hasta entonces empieza ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="250"/>
        <source>Change “From” to count from another day.</source>
        <translation>Cambie «Desde» para contar desde otro día.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="258"/>
        <source>Counted from day 0, the reinfusion on %1.</source>
        <translation>Contado desde el día 0, la reinfusión del %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="260"/>
        <source>Counted from your last infusion, on %1.</source>
        <translation>Contado desde su última infusión, el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="262"/>
        <source>Counted from the treatment start, %1: there is no reinfusion in your timeline, so day 0 is not known. Add the reinfusion to count from day 0.</source>
        <translation>Contado desde el inicio del tratamiento, %1: no hay una reinfusión en su cronograma, así que no se conoce el día 0. Agregue la reinfusión para contar desde el día 0.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="266"/>
        <source>Counted from the treatment start, %1: there is no infusion in your timeline.</source>
        <translation>Contado desde el inicio del tratamiento, %1: no hay ninguna infusión en su cronograma.</translation>
    </message>
    <message>
        <source>Not assessed: no MRI with lesion counts in this period.</source>
        <translation type="vanished">Sin evaluar: no hay resonancias con número de lesiones en este periodo.</translation>
    </message>
    <message>
        <source>Not assessed: EDSS needs a reference report and a later one in this period.</source>
        <translation type="vanished">Sin evaluar: la EDSS necesita un informe de referencia y uno posterior en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/words/aftercare.py" line="277"/>
        <source>Journey applies this rule to what your clinicians reported; it does not diagnose. %1 %2</source>
        <translation>Journey aplica esta regla a lo que informaron sus médicos; no hace diagnósticos. %1 %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/shell/app.py" line="190"/>
        <source>Your journal cannot be opened</source>
        <translation>No se puede abrir su diario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="191"/>
        <source>%1

Journey can move the damaged file aside (nothing is deleted) and open your newest good backup, from %2, in its place. Entries made after it are only in the damaged file. Restore the backup?</source>
        <translation>%1

Journey puede apartar el archivo dañado (no se borra nada) y abrir en su lugar su copia de seguridad buena más reciente, del %2. Lo que anotó después de esa copia queda solo en el archivo dañado. ¿Restaurar la copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="225"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="468"/>
        <source>The journal was not encrypted</source>
        <translation>El diario no se cifró</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="492"/>
        <source>The backup was not restored</source>
        <translation>La copia de seguridad no se restauró</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="547"/>
        <source>Journey is now in English.</source>
        <translation>Journey ahora está en español.</translation>
    </message>
</context>
<context>
    <name>blood_counts</name>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="77"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="77"/>
        <source>Companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="298"/>
        <source>Neutrophils (ANC), ×10⁹/L</source>
        <translation>Neutrófilos (RAN), ×10⁹/L</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="304"/>
        <source>%1 ×10⁹/L: below is neutropenia (IDSA)</source>
        <translation>%1 ×10⁹/L: por debajo es neutropenia (IDSA)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="312"/>
        <source>×10⁹/L (log scale)</source>
        <translation>×10⁹/L (escala logarítmica)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/blood_counts.py" line="321"/>
        <source>Neutrophil chart</source>
        <translation>Gráfica de neutrófilos</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="24"/>
        <source>Neutrophils (ANC)</source>
        <translation>Neutrófilos (RAN)</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="25"/>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="26"/>
        <source>Haemoglobin</source>
        <translation>Hemoglobina</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="27"/>
        <source>White cells</source>
        <translation>Leucocitos</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="28"/>
        <source>Lymphocytes (optional)</source>
        <translation>Linfocitos (opcional)</translation>
    </message>
    <message>
        <source>Platelet transfusion</source>
        <translation type="vanished">Transfusión de plaquetas</translation>
    </message>
    <message>
        <source>Red-cell transfusion</source>
        <translation type="vanished">Transfusión de glóbulos rojos</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="31"/>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="32"/>
        <source>platelets</source>
        <translation>plaquetas</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="33"/>
        <source>haemoglobin</source>
        <translation>hemoglobina</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="34"/>
        <source>white cells</source>
        <translation>leucocitos</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="35"/>
        <source>lymphocytes</source>
        <translation>linfocitos</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="70"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="80"/>
        <source>Neutrophils engrafted on %1 (three days at or above %2 from %3).</source>
        <translation>Injerto de neutrófilos el %1 (tres días en %2 o más desde el %3).</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="82"/>
        <source>Platelets engrafted on %1 (three days at or above %2 from %3).</source>
        <translation>Injerto de plaquetas el %1 (tres días en %2 o más desde el %3).</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="90"/>
        <source>No %1 count recorded yet.</source>
        <translation>Aún no hay ningún recuento de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="92"/>
        <source>Not yet engrafted: latest %1 %2 on %3.</source>
        <translation>Aún sin injerto: último recuento de %1 %2 el %3.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="102"/>
        <source>No neutropenic period: no conditioning and no neutrophil count below 0.5.</source>
        <translation>Sin periodo de neutropenia: no hay acondicionamiento ni recuento de neutrófilos por debajo de 0,5.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="107"/>
        <source>Neutropenic period since %1 %2: any temperature of 38.0 °C or more raises a red flag until engraftment is recorded or your team says your counts have recovered.</source>
        <translation>Periodo de neutropenia desde el %1 a las %2: cualquier temperatura de 38,0 °C o más da una señal de alarma hasta que se registre el injerto o su equipo diga que sus recuentos se han recuperado.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="113"/>
        <source>Neutropenic period from %1 %2, with the conditioning: from then, any temperature of 38.0 °C or more raises a red flag until engraftment is recorded or your team says your counts have recovered.</source>
        <translation>Periodo de neutropenia a partir del %1 a las %2, con el acondicionamiento: desde entonces, cualquier temperatura de 38,0 °C o más da una señal de alarma hasta que se registre el injerto o su equipo diga que sus recuentos se han recuperado.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="124"/>
        <source>Neutropenic period ended %1: your team said your counts had recovered.</source>
        <translation>El periodo de neutropenia terminó el %1: su equipo dijo que sus recuentos se habían recuperado.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="127"/>
        <source>Neutropenic period ended %1, at neutrophil engraftment.</source>
        <translation>El periodo de neutropenia terminó el %1, con el injerto de neutrófilos.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="133"/>
        <source>No blood counts recorded yet.</source>
        <translation>Aún no hay recuentos sanguíneos.</translation>
    </message>
    <message>
        <location filename="../../ui/words/blood_counts.py" line="137"/>
        <source>Latest counts (%1): %2</source>
        <translation>Últimos recuentos (%1): %2</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="62"/>
        <source>one reading</source>
        <translation>una medición</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="63"/>
        <source>two readings an hour apart</source>
        <translation>dos mediciones con una hora de diferencia</translation>
    </message>
    <message>
        <source>one reading during isolation</source>
        <translation type="vanished">una medición durante el aislamiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="56"/>
        <source>Dashed line</source>
        <translation>Línea discontinua</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="57"/>
        <source>Dotted line</source>
        <translation>Línea punteada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="58"/>
        <source>Dash-dot line</source>
        <translation>Línea de rayas y puntos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="64"/>
        <source>one reading during neutropenia</source>
        <translation>una lectura durante la neutropenia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="89"/>
        <source>%1 or more — call the clinic: %2</source>
        <translation>%1 o más — llame a la clínica: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="91"/>
        <source>, or </source>
        <translation>, o </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="100"/>
        <source>Call the clinic: %1</source>
        <translation>Llame a la clínica: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="107"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="134"/>
        <location filename="../../ui/widgets/charts.py" line="528"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="146"/>
        <location filename="../../ui/widgets/charts.py" line="531"/>
        <source>%1 or more (fever grade 1+)</source>
        <translation>%1 o más (fiebre de grado 1 o más)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="375"/>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="524"/>
        <source>Temperature chart</source>
        <translation>Gráfica de temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="91"/>
        <location filename="../../ui/aftercare/rating_chart.py" line="220"/>
        <source>Your ratings</source>
        <translation>Sus calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="100"/>
        <location filename="../../ui/aftercare/rating_chart.py" line="221"/>
        <source>4-week average</source>
        <translation>Promedio de 4 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="171"/>
        <location filename="../../ui/aftercare/rating_chart.py" line="222"/>
        <source>Baseline range</source>
        <translation>Rango de la línea base</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="111"/>
        <location filename="../../ui/aftercare/rating_chart.py" line="223"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="115"/>
        <location filename="../../ui/aftercare/rating_chart.py" line="224"/>
        <source>Relapse</source>
        <translation>Brote</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="116"/>
        <location filename="../../ui/aftercare/rating_chart.py" line="225"/>
        <source>MRI</source>
        <translation>Resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="135"/>
        <location filename="../../ui/report/chart.py" line="148"/>
        <source>▲ better</source>
        <translation>▲ mejor</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="138"/>
        <location filename="../../ui/report/chart.py" line="150"/>
        <source>▲ better (reversed: %1 at the top)</source>
        <translation>▲ mejor (invertido: %1 arriba)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_chart.py" line="257"/>
        <source>Chart of %1</source>
        <translation>Gráfica de %1</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="123"/>
        <source>Relapse</source>
        <translation>Brote</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="124"/>
        <source>MRI</source>
        <translation>Resonancia magnética (RM)</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="125"/>
        <source>EDSS</source>
        <translation>EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="126"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="146"/>
        <source>Lymphocytes</source>
        <translation>Linfocitos</translation>
    </message>
</context>
<context>
    <name>csv_columns</name>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="34"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="35"/>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="36"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="37"/>
        <source>kind_label</source>
        <translation>tipo_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="38"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="39"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="40"/>
        <source>start_date</source>
        <translation>fecha_inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="41"/>
        <source>start_time</source>
        <translation>hora_inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="42"/>
        <source>start_zone</source>
        <translation>zona_inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="43"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="44"/>
        <source>end_date</source>
        <translation>fecha_fin</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="45"/>
        <source>end_time</source>
        <translation>hora_fin</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="46"/>
        <source>end_zone</source>
        <translation>zona_fin</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="47"/>
        <source>protocol_day</source>
        <translation>día_protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="48"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="49"/>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="50"/>
        <source>responsible_label</source>
        <translation>responsable_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="51"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="52"/>
        <source>status_label</source>
        <translation>estado_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="53"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="54"/>
        <source>at</source>
        <translation>momento</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="55"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="56"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="57"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="58"/>
        <source>symptom</source>
        <translation>síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="59"/>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="60"/>
        <source>severity_word</source>
        <translation>gravedad_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="61"/>
        <source>temperature_c</source>
        <translation>temperatura_c</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="62"/>
        <source>temperature_route</source>
        <translation>vía_temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="63"/>
        <source>fever_grade</source>
        <translation>grado_fiebre</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="64"/>
        <source>recorded_by</source>
        <translation>registrado_por</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="65"/>
        <source>recorded_by_label</source>
        <translation>registrado_por_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="66"/>
        <source>watch_window</source>
        <translation>ventana_vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="67"/>
        <source>red_flags</source>
        <translation>señales_alarma</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="68"/>
        <source>red_flags_acknowledged</source>
        <translation>señales_alarma_vistas</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="69"/>
        <source>red_flags_acknowledged_at</source>
        <translation>señales_alarma_vistas_momento</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="70"/>
        <source>red_flags_acknowledged_date</source>
        <translation>señales_alarma_vistas_fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="71"/>
        <source>red_flags_acknowledged_time</source>
        <translation>señales_alarma_vistas_hora</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="72"/>
        <source>rating_id</source>
        <translation>id_calificación</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="73"/>
        <source>scale</source>
        <translation>escala</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="74"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="75"/>
        <source>scale_low</source>
        <translation>escala_mínimo</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="76"/>
        <source>scale_high</source>
        <translation>escala_máximo</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="77"/>
        <source>higher_is_better</source>
        <translation>mayor_es_mejor</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="78"/>
        <source>baseline</source>
        <translation>referencia_inicial</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="79"/>
        <source>symptoms</source>
        <translation>síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="80"/>
        <source>steroids</source>
        <translation>esteroides</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="81"/>
        <source>new_t2_lesions</source>
        <translation>lesiones_t2_nuevas</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="82"/>
        <source>enhancing_lesions</source>
        <translation>lesiones_con_realce</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="83"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="84"/>
        <source>edss_score</source>
        <translation>puntuación_edss</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="85"/>
        <source>reported_by</source>
        <translation>informado_por</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="86"/>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="87"/>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="88"/>
        <source>schedule</source>
        <translation>pauta</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="89"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="90"/>
        <source>category_label</source>
        <translation>categoría_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="91"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="92"/>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="93"/>
        <source>expected_amount</source>
        <translation>importe_previsto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="94"/>
        <source>actual_amount</source>
        <translation>importe_real</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="95"/>
        <source>paid_by</source>
        <translation>pagado_por</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="96"/>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="97"/>
        <source>count_label</source>
        <translation>recuento_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="98"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="99"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="100"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="101"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="102"/>
        <source>role_label</source>
        <translation>función_texto</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="103"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="104"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="105"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="106"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../ui/words/spreadsheet.py" line="107"/>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="vanished">Elija una nueva frase de contraseña</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="337"/>
        <source>Type the year with all four digits, like %1.</source>
        <translation>Escriba el año con sus cuatro cifras, por ejemplo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="344"/>
        <source>This could be more than one date, so it was not taken. Type it like %1 or %2.</source>
        <translation>Esto puede ser más de una fecha, así que no se ha tomado. Escríbala como %1 o %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="348"/>
        <source>Journey cannot read this as a date, so it was not taken. Type it like %1 or %2.</source>
        <translation>Journey no puede leer esto como una fecha, así que no se ha tomado. Escríbala como %1 o %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="396"/>
        <location filename="../../ui/widgets/forms.py" line="397"/>
        <source>Open the calendar (F4)</source>
        <translation>Abrir el calendario (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="457"/>
        <source>Type a date, like %1 or %2.</source>
        <translation>Escriba una fecha, por ejemplo %1 o %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="610"/>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="782"/>
        <source>%1 (no place)</source>
        <translation>%1 (sin lugar)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="855"/>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="857"/>
        <source>&amp;Type of MS</source>
        <translation>&amp;Tipo de EM</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="860"/>
        <source>&amp;Year of diagnosis</source>
        <translation>&amp;Año del diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="860"/>
        <source>for example 2015</source>
        <translation>por ejemplo 2015</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="864"/>
        <source>&amp;EDSS</source>
        <translation>&amp;EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="865"/>
        <source>for example 3.5</source>
        <translation>por ejemplo 3.5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="866"/>
        <source>As a neurologist last reported it, 0 to 10. Journey never works it out.</source>
        <translation>Tal como la informó un neurólogo la última vez, de 0 a 10. Journey nunca la calcula.</translation>
    </message>
    <message>
        <source>As last reported by your neurologist, 0 to 10. Journey never works it out.</source>
        <translation type="vanished">Tal como la informó su neurólogo la última vez, de 0 a 10. Journey nunca la calcula.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="868"/>
        <source>EDSS &amp;date</source>
        <translation>&amp;Fecha de la EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="872"/>
        <source>&amp;Disease-modifying therapies so far</source>
        <translation>Tratamientos &amp;modificadores de la enfermedad hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="875"/>
        <source>Date of last &amp;MRI</source>
        <translation>Fecha de la última &amp;resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="878"/>
        <source>Last MRI &amp;findings</source>
        <translation>&amp;Hallazgos de la última resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="882"/>
        <source>Aller&amp;gies</source>
        <translation>Aler&amp;gias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="884"/>
        <source>Medicines, foods or materials, and what happens — for the wallet card and the report</source>
        <translation>Medicamentos, alimentos o materiales, y lo que le provocan — para la tarjeta para la cartera y el informe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="892"/>
        <source>Bl&amp;ood type</source>
        <translation>Grup&amp;o sanguíneo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="894"/>
        <source>Not entered</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="946"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="948"/>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="950"/>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="950"/>
        <source>for example Puebla, Mexico</source>
        <translation>por ejemplo Puebla, México</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="954"/>
        <source>Time &amp;zone there</source>
        <translation>&amp;Zona horaria allá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="956"/>
        <source>Found from the city when Journey knows it; or type part of a city&apos;s name.</source>
        <translation>Se toma de la ciudad cuando Journey la conoce; o escriba parte del nombre de una ciudad.</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name, for example Mexico_City or Tijuana.</source>
        <translation type="vanished">Escriba parte del nombre de una ciudad, por ejemplo Mexico_City o Tijuana.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="958"/>
        <source>&amp;Arrival date</source>
        <translation>Fecha de &amp;llegada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="960"/>
        <source>Arrival &amp;time (local time there)</source>
        <translation>&amp;Hora de llegada (hora local allá)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="962"/>
        <source>&amp;Treatment starts on</source>
        <translation>El &amp;tratamiento empieza el</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="965"/>
        <source>Clinic&apos;s a&amp;ddress</source>
        <translation>Di&amp;rección de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="966"/>
        <source>street and number, as the clinic writes it</source>
        <translation>calle y número, como los escribe la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="972"/>
        <source>Clinic&apos;s &amp;24-hour number</source>
        <translation>Número de la clínica las &amp;24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="973"/>
        <source>for example +52 664 555 0101</source>
        <translation>por ejemplo +52 664 555 0101</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="974"/>
        <source>The number to call day and night. Leave it empty if you do not have it yet: Today will ask for it.</source>
        <translation>El número al que llamar de día y de noche. Déjelo vacío si aún no lo tiene: Hoy se lo pedirá.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="979"/>
        <source>Time zone at &amp;home</source>
        <translation>Zona horaria en c&amp;asa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="1049"/>
        <source>Companion&apos;s &amp;name</source>
        <translation>&amp;Nombre del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="1050"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="1051"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <location filename="../../ui/words/itinerary.py" line="48"/>
        <source>%1 day</source>
        <translation>%1 día</translation>
    </message>
    <message>
        <location filename="../../ui/words/itinerary.py" line="48"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../ui/words/itinerary.py" line="56"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/itinerary.py" line="66"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../ui/words/itinerary.py" line="67"/>
        <source>All day, to %1</source>
        <translation>Todo el día, hasta el %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/shift_dialog.py" line="50"/>
        <location filename="../../ui/words/itinerary.py" line="37"/>
        <source>%1 %2 time</source>
        <translation>%1, hora de %2</translation>
    </message>
</context>
<context>
    <name>itinerary_print</name>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="216"/>
        <source>Itinerary — %1</source>
        <translation>Itinerario — %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="216"/>
        <source>Itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="226"/>
        <source>Documents to carry</source>
        <translation>Documentos que debe llevar</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="229"/>
        <source>Printed %1. Times are local where each thing happens.</source>
        <translation>Impreso el %1. Las horas son las locales del lugar donde ocurre cada cosa.</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="177"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="94"/>
        <source>Flight %1</source>
        <translation>Vuelo %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="96"/>
        <source>Booking reference: %1</source>
        <translation>Referencia de reserva: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="104"/>
        <source>Clinic 24-hour number</source>
        <translation>Número de la clínica 24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="111"/>
        <source>The clinic&apos;s 24-hour number is not in Journey yet. Write it here:</source>
        <translation>El número de 24 horas de la clínica aún no está en Journey. Escríbalo aquí:</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="125"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="125"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="125"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="177"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="177"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="177"/>
        <source>Who, status</source>
        <translation>Quién, estado</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="233"/>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">Quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Estado</translation>
    </message>
    <message>
        <location filename="../../ui/trip/itinerary_print.py" line="223"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>medications</name>
    <message>
        <location filename="../../ui/words/medications.py" line="20"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="21"/>
        <source>By mouth</source>
        <translation>Por boca</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="22"/>
        <source>Injection under the skin</source>
        <translation>Inyección bajo la piel</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="23"/>
        <source>Into a vein</source>
        <translation>En la vena</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="24"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="27"/>
        <source>No reminders: the schedule in words only</source>
        <translation>Sin recordatorios: solo la pauta en palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="28"/>
        <source>Every day, at given times</source>
        <translation>Todos los días, a horas fijas</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="29"/>
        <source>Every few days, at given times</source>
        <translation>Cada varios días, a horas fijas</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="30"/>
        <source>On given days of the week</source>
        <translation>Ciertos días de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="31"/>
        <source>As needed</source>
        <translation>Cuando haga falta</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="34"/>
        <source>On a date (or not known yet)</source>
        <translation>En una fecha (o aún no se sabe)</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="35"/>
        <source>When my neutrophils recover</source>
        <translation>Cuando se recuperen mis neutrófilos</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="36"/>
        <source>When my team says</source>
        <translation>Cuando lo diga mi equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="39"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="40"/>
        <source>taken late</source>
        <translation>tomada tarde</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="41"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="70"/>
        <source>as needed</source>
        <translation>cuando haga falta</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="73"/>
        <source>every %1 days at %2</source>
        <translation>cada %1 días a las %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="81"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="82"/>
        <source>every day at %1</source>
        <translation>todos los días a las %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="90"/>
        <source>when neutrophils recover</source>
        <translation>cuando se recuperen los neutrófilos</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="92"/>
        <source>when the team says</source>
        <translation>cuando lo diga el equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="93"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="114"/>
        <source>%1 %2, recorded %3 by %4</source>
        <translation>%1 %2, registrada %3 por %4</translation>
    </message>
    <message>
        <location filename="../../ui/words/medications.py" line="130"/>
        <source>%1: time for %2 (as your team prescribed). Record it on Today.</source>
        <translation>%1: toca %2 (como indicó su equipo). Regístrela en Hoy.</translation>
    </message>
</context>
<context>
    <name>moment</name>
    <message>
        <location filename="../../ui/widgets/moment.py" line="27"/>
        <source>&amp;Date</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moment.py" line="29"/>
        <source>T&amp;ime (%1 time)</source>
        <translation>Ho&amp;ra (hora de %1)</translation>
    </message>
</context>
<context>
    <name>month</name>
    <message>
        <location filename="../../ui/words/month.py" line="32"/>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="37"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="42"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="76"/>
        <source>Rated</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="85"/>
        <source>1 item</source>
        <translation>1 actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="85"/>
        <source>%1 items</source>
        <translation>%1 actividades</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="103"/>
        <source>highest severity %1 %2</source>
        <translation>intensidad máxima %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="111"/>
        <source>1 temperature of %1 or more (%2)</source>
        <translation>1 temperatura de %1 o más (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="113"/>
        <source>%3 temperatures of %1 or more (highest %2)</source>
        <translation>%3 temperaturas de %1 o más (la más alta %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="121"/>
        <source>quality-of-life rating made</source>
        <translation>calificación de calidad de vida hecha</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="125"/>
        <source>1 itinerary item</source>
        <translation>1 actividad del itinerario</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="127"/>
        <source>%1 itinerary items</source>
        <translation>%1 actividades del itinerario</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="130"/>
        <source>nothing recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="133"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="147"/>
        <source>%1, severity %2</source>
        <translation>%1, intensidad %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="156"/>
        <source>logged by the companion</source>
        <translation>registrado por el acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="167"/>
        <source>Quality-of-life rating: %1</source>
        <translation>Calificación de calidad de vida: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/month.py" line="168"/>
        <source>Quality-of-life rating</source>
        <translation>Calificación de calidad de vida</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/widgets/operations.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/operations.py" line="89"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Journey: recovery key</source>
        <translation type="vanished">Journey: clave de recuperación</translation>
    </message>
    <message>
        <source>Keep this page safe. It opens your encrypted journal and its backups.</source>
        <translation type="vanished">Guarde esta página en un lugar seguro. Abre su diario cifrado y sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Stop sharing with %1?</source>
        <translation type="vanished">¿Dejar de compartir con %1?</translation>
    </message>
    <message>
        <source>For a lost or sold computer. Changes made here from now on are no longer sent to %1, and its own are no longer taken in. It cannot be undone: to share with it again, invite it again.</source>
        <translation type="vanished">Para una computadora perdida o vendida. Los cambios hechos aquí a partir de ahora ya no se envían a %1, y los suyos ya no se reciben. No se puede deshacer: para volver a compartir con él, invítalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../ui/widgets/pdf.py" line="92"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../journey/errors.py" line="40"/>
        <source>This is required.</source>
        <translation>Este dato es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="41"/>
        <source>Enter a number, for example 3.5.</source>
        <translation>Escriba un número, por ejemplo 3.5.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="42"/>
        <source>Enter a year with four digits, for example 2015.</source>
        <translation>Escriba un año de cuatro cifras, por ejemplo 2015.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="43"/>
        <source>EDSS goes from 0 to 10.</source>
        <translation>La EDSS va de 0 a 10.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="44"/>
        <source>EDSS goes in steps of 0.5, for example 3.5 or 4.0.</source>
        <translation>La EDSS va en pasos de 0.5, por ejemplo 3.5 o 4.0.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="47"/>
        <source>Enter a year between {min} and {max}.</source>
        <translation>Escriba un año entre {min} y {max}.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="48"/>
        <source>Choose one of the listed options.</source>
        <translation>Elija una de las opciones de la lista.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone Journey knows. Type a city, for example Mexico_City, and pick from the list.</source>
        <translation type="vanished">“{zone}” no es una zona horaria que Journey conozca. Escriba una ciudad, por ejemplo Mexico_City, y elíjala de la lista.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="54"/>
        <source>{time} does not exist on {date} in {zone}: the clocks jump forward that night. Choose another time.</source>
        <translation>Las {time} no existen el {date} en {zone}: esa noche los relojes se adelantan. Elija otra hora.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="59"/>
        <source>{time} happens twice on {date} in {zone}: the clocks go back that night. Choose a time outside that hour.</source>
        <translation>Las {time} ocurren dos veces el {date} en {zone}: esa noche los relojes se atrasan. Elija una hora fuera de esa hora.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="64"/>
        <source>The treatment cannot start before you arrive.</source>
        <translation>El tratamiento no puede empezar antes de su llegada.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="67"/>
        <source>This date is in the future.</source>
        <translation>Esta fecha está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="69"/>
        <source>Enter a date between the years {min} and {max}. Check the year.</source>
        <translation>Escriba una fecha entre los años {min} y {max}. Revise el año.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="72"/>
        <source>Keep this under {max} characters.</source>
        <translation>Use menos de {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="73"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="74"/>
        <source>Text size goes from {min} % to {max} %.</source>
        <translation>El tamaño del texto va de {min} % a {max} %.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="75"/>
        <source>The end is before the start.</source>
        <translation>El fin es anterior al inicio.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="76"/>
        <source>Moving “{title}” fails: {problem}</source>
        <translation>No se puede mover “{title}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="77"/>
        <source>This would move “{title}” before the arrival.</source>
        <translation>Esto movería “{title}” antes de la llegada.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="80"/>
        <source>“{title}” cannot be laid out: {problem}</source>
        <translation>No se puede planificar “{title}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="83"/>
        <source>That item no longer exists; it may have been deleted.</source>
        <translation>Ese elemento ya no existe; puede que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="86"/>
        <source>There is nothing in the timeline to save yet.</source>
        <translation>Todavía no hay nada en el cronograma para guardar.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="89"/>
        <source>“{code}” is not an airport Journey knows. Type its three-letter code, for example TIJ, or its city, and pick from the list.</source>
        <translation>“{code}” no es un aeropuerto que Journey conozca. Escriba su código de tres letras, por ejemplo TIJ, o su ciudad, y elíjalo de la lista.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="94"/>
        <source>A reminder is at most {days} days before. Choose fewer.</source>
        <translation>Un recordatorio puede ser como mucho {days} días antes. Elija menos.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="97"/>
        <source>A reminder is between 1 hour and {max} hours before.</source>
        <translation>Un recordatorio va de 1 hora a {max} horas antes.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="114"/>
        <source>A phone number has only digits, spaces and + - ( ), for example +52 664 555 0101.</source>
        <translation>Un número de teléfono solo lleva cifras, espacios y + - ( ), por ejemplo +52 664 555 0101.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="118"/>
        <source>“{code}” is not a currency code Journey knows. Type a three-letter code, for example USD, CAD or MXN, and pick from the list.</source>
        <translation>“{code}” no es un código de moneda que Journey conozca. Escriba un código de tres letras, por ejemplo USD, CAD o MXN, y elíjalo de la lista.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="123"/>
        <source>Enter an amount in figures, for example 1250.50.</source>
        <translation>Escriba una cantidad en cifras, por ejemplo 1250.50.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="126"/>
        <source>An amount cannot be below zero.</source>
        <translation>Una cantidad no puede ser menor que cero.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="127"/>
        <source>This amount is too large. Check the number of zeros.</source>
        <translation>Esta cantidad es demasiado grande. Revise el número de ceros.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="130"/>
        <source>{currency} amounts have at most {digits} digits after the point.</source>
        <translation>Las cantidades en {currency} tienen como máximo {digits} decimales.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="133"/>
        <source>{currency} amounts are whole numbers, with nothing after the point.</source>
        <translation>Las cantidades en {currency} son números enteros, sin decimales.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="136"/>
        <source>Enter an expected amount, an actual amount, or both.</source>
        <translation>Escriba una cantidad prevista, una cantidad real o las dos.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="139"/>
        <source>Enter the rate in figures, for example 0.058.</source>
        <translation>Escriba el tipo de cambio en cifras, por ejemplo 0.058.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="140"/>
        <source>A rate is a number above zero, for example 0.058.</source>
        <translation>Un tipo de cambio es un número mayor que cero, por ejemplo 0.058.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="143"/>
        <source>This rate is too large. Check the number of zeros.</source>
        <translation>Este tipo de cambio es demasiado grande. Revise el número de ceros.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="146"/>
        <source>Use at most {digits} digits after the point.</source>
        <translation>Use como máximo {digits} decimales.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="147"/>
        <source>“{name}” cannot be read, or is not a file.</source>
        <translation>“{name}” no se puede leer o no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="149"/>
        <source>“{name}” is {size} MB; Journey keeps copies of files up to {max} MB. Attach a smaller scan, or keep this file in your own folders.</source>
        <translation>“{name}” ocupa {size} MB; Journey guarda copias de archivos de hasta {max} MB. Adjunte un escaneo más pequeño, o guarde este archivo en sus propias carpetas.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="154"/>
        <source>“{name}” could not be copied into the journal: {reason}.</source>
        <translation>“{name}” no se pudo copiar al diario: {reason}.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="157"/>
        <source>This document is on every checklist; untick it instead.</source>
        <translation>Este documento está en todas las listas; mejor desmárquelo.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="180"/>
        <source>Enter clock times on a 24-hour clock, for example 08:00 20:00.</source>
        <translation>Introduzca horas en formato de 24 horas, por ejemplo 08:00 20:00.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="183"/>
        <source>Enter at least one time of day, for example 08:00.</source>
        <translation>Introduzca al menos una hora del día, por ejemplo 08:00.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="186"/>
        <source>At most {max} times a day.</source>
        <translation>Como mucho {max} veces al día.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="187"/>
        <source>{time} is there twice.</source>
        <translation>{time} aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="188"/>
        <source>Enter a number of days from 1 to {max}, for example 2.</source>
        <translation>Introduzca un número de días de 1 a {max}, por ejemplo 2.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="191"/>
        <source>Tick at least one day of the week.</source>
        <translation>Marque al menos un día de la semana.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="192"/>
        <source>Enter the dose your team gave you.</source>
        <translation>Introduzca la dosis que le dio su equipo.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="195"/>
        <source>{entered} is not a possible neutrophil count; did you mean {other} ({converted})?</source>
        <translation>{entered} no es un recuento de neutrófilos posible; ¿quiso decir {other} ({converted})?</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="199"/>
        <source>{entered} is not a possible platelet count; did you mean {other} ({converted})?</source>
        <translation>{entered} no es un recuento de plaquetas posible; ¿quiso decir {other} ({converted})?</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="203"/>
        <source>{entered} is not a possible white cell count; did you mean {other} ({converted})?</source>
        <translation>{entered} no es un recuento de leucocitos posible; ¿quiso decir {other} ({converted})?</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="207"/>
        <source>{entered} is not a possible lymphocyte count; did you mean {other} ({converted})?</source>
        <translation>{entered} no es un recuento de linfocitos posible; ¿quiso decir {other} ({converted})?</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="211"/>
        <source>{entered} is not a possible haemoglobin; did you mean {other} ({converted})?</source>
        <translation>{entered} no es una hemoglobina posible; ¿quiso decir {other} ({converted})?</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="214"/>
        <source>This is outside what a laboratory reports ({min} to {max}). Check the number and the unit.</source>
        <translation>Esto está fuera de lo que informa un laboratorio (de {min} a {max}). Revise el número y la unidad.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="101"/>
        <source>A temperature is between {min} and {max} °{unit}.</source>
        <translation>Una temperatura está entre {min} y {max} °{unit}.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="49"/>
        <source>“{zone}” is not a place Journey knows the time of. Type a city, for example Mexico City, and pick from the list.</source>
        <translation>“{zone}” no es un lugar cuya hora Journey conozca. Escriba una ciudad, por ejemplo Ciudad de México, y elíjala de la lista.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="104"/>
        <source>Severity is a whole number from 0 (none) to 10 (worst).</source>
        <translation>La intensidad es un número entero de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="107"/>
        <source>This time is in the future. Check the date and the time.</source>
        <translation>Esta hora está en el futuro. Revise la fecha y la hora.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="110"/>
        <source>A watch window lasts between 1 and 168 hours.</source>
        <translation>Una ventana de vigilancia dura entre 1 y 168 horas.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="161"/>
        <source>A rating on this scale goes from {min} to {max}.</source>
        <translation>Una calificación en esta escala va de {min} a {max}.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="164"/>
        <source>Rate at least one scale, then save.</source>
        <translation>Califique al menos una escala y luego guarde.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="165"/>
        <source>The highest value must be above the lowest.</source>
        <translation>El valor más alto debe ser mayor que el más bajo.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="166"/>
        <source>There is already a scale with this name. Choose another name.</source>
        <translation>Ya hay una escala con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="169"/>
        <source>This number is too large (at most {max}). Check the zeros.</source>
        <translation>Este número es demasiado grande (como máximo {max}). Revise los ceros.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="172"/>
        <source>A count is 0 or more.</source>
        <translation>Un conteo es 0 o más.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="173"/>
        <source>A built-in scale cannot be changed; you can hide it.</source>
        <translation>Una escala incluida no se puede cambiar; puede ocultarla.</translation>
    </message>
    <message>
        <location filename="../../journey/errors.py" line="176"/>
        <source>A rating of {value:g} is already stored; the range must still include it.</source>
        <translation>Ya hay guardada una calificación de {value:g}; el rango debe seguir incluyéndola.</translation>
    </message>
    <message>
        <location filename="../../ui/words/messages.py" line="40"/>
        <source>The disk is full, so nothing was saved. Free some space and save again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere algo de espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/words/messages.py" line="41"/>
        <source>The journal&apos;s folder cannot be written to, so nothing was saved.</source>
        <translation>No se puede escribir en la carpeta del diario, así que no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/words/messages.py" line="42"/>
        <source>This journal is read-only, so nothing was saved: the file journal.sqlite3 cannot be written.</source>
        <translation>Este diario es de solo lectura, así que no se guardó nada: no se puede escribir en el archivo journal.sqlite3.</translation>
    </message>
    <message>
        <location filename="../../ui/words/messages.py" line="46"/>
        <source>The disk reported an error while saving, so nothing was saved. Try again; if it keeps happening, copy the journal folder somewhere safe.</source>
        <translation>El disco informó un error al guardar, así que no se guardó nada. Intente de nuevo; si sigue pasando, copie la carpeta del diario a un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/words/messages.py" line="50"/>
        <source>Another program is holding the journal, so nothing was saved. Try again in a moment.</source>
        <translation>Otro programa está usando el diario, así que no se guardó nada. Intente de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/words/messages.py" line="55"/>
        <source>What you typed is kept here.</source>
        <translation>Lo que escribió se conserva aquí.</translation>
    </message>
</context>
<context>
    <name>publishing</name>
    <message>
        <location filename="../../journey/publishing.py" line="36"/>
        <source>Enter the address of your calendar server, beginning with https://.</source>
        <translation>Escriba la dirección de su servidor de calendario, que empieza por https://.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="39"/>
        <source>“{url}” is not a server address. It begins with https://, for example https://cloud.example.org/remote.php/dav/.</source>
        <translation>“{url}” no es la dirección de un servidor. Empieza por https://, por ejemplo https://cloud.example.org/remote.php/dav/.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="44"/>
        <source>Use an address beginning with https://: Journey sends your itinerary unencrypted (http://) only to a server on this computer.</source>
        <translation>Use una dirección que empiece por https://: Journey envía su itinerario sin cifrar (http://) solo a un servidor de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="49"/>
        <source>Leave the password out of the address and type it in the password field instead.</source>
        <translation>No ponga la contraseña en la dirección; escríbala en el campo de la contraseña.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="53"/>
        <source>Enter your user name on the calendar server.</source>
        <translation>Escriba su nombre de usuario en el servidor de calendario.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="54"/>
        <source>There is no password for {user} on {host}: type it in Settings → Calendar (or set JOURNEY_CALDAV_PASSWORD for the command).</source>
        <translation>No hay contraseña para {user} en {host}: escríbala en Ajustes → Calendario (o defina JOURNEY_CALDAV_PASSWORD para el comando).</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="59"/>
        <source>This computer has no keyring to keep the password in, so it was not kept: type it again next time.</source>
        <translation>Esta computadora no tiene un llavero donde guardar la contraseña, así que no se guardó: escríbala de nuevo la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="64"/>
        <source>Publishing to a calendar is off: turn it on in Settings → Calendar, or give the command --url and --user.</source>
        <translation>La publicación en un calendario está desactivada: actívela en Ajustes → Calendario, o dé al comando --url y --user.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="69"/>
        <source>Journey is already publishing; wait for it to finish.</source>
        <translation>Journey ya está publicando; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="72"/>
        <source>The calendar server refused the user name or password.</source>
        <translation>El servidor de calendario rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="75"/>
        <source>The calendar server does not let {user} change that calendar (403). Check the address, or the account&apos;s permissions.</source>
        <translation>El servidor de calendario no permite que {user} cambie ese calendario (403). Revise la dirección o los permisos de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="80"/>
        <source>There is no calendar at that address on {host} (404). Check the address.</source>
        <translation>No hay ningún calendario en esa dirección de {host} (404). Revise la dirección.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="84"/>
        <source>{host} does not answer as a calendar (CalDAV) server. Check the address.</source>
        <translation>{host} no responde como un servidor de calendario (CalDAV). Revise la dirección.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="88"/>
        <source>The calendar server refused an event it would not accept as it is (412).</source>
        <translation>El servidor de calendario rechazó un evento que no acepta tal como está (412).</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="92"/>
        <source>The calendar account on {host} is full (507). Free some space there and publish again.</source>
        <translation>La cuenta de calendario en {host} está llena (507). Libere espacio allí y publique de nuevo.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="96"/>
        <source>{host} is busy and asks to be left alone for now; publish again later.</source>
        <translation>{host} está ocupado y pide que se espere; publique de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="99"/>
        <source>{host} had a problem of its own ({status}); publish again later.</source>
        <translation>{host} tuvo un problema propio ({status}); publique de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="102"/>
        <source>The calendar server refused the change ({status}).</source>
        <translation>El servidor de calendario rechazó el cambio ({status}).</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="105"/>
        <source>{host} did not answer in time. Check the internet connection and publish again.</source>
        <translation>{host} no respondió a tiempo. Revise la conexión a internet y publique de nuevo.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="109"/>
        <source>The security certificate of {host} is not valid, so Journey sent it nothing.</source>
        <translation>El certificado de seguridad de {host} no es válido, así que Journey no le envió nada.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="113"/>
        <source>Journey cannot reach {host}. Check the address and the internet connection.</source>
        <translation>Journey no puede llegar a {host}. Revise la dirección y la conexión a internet.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="117"/>
        <source>{host} sent Journey on to {other}; Journey connects only to the server you gave, so it sent nothing there.</source>
        <translation>{host} remitió a Journey a {other}; Journey solo se conecta al servidor que usted indicó, así que no envió nada allí.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="124"/>
        <source>{done} of {total} changes were published; the next publish sends the rest.</source>
        <translation>Se publicaron {done} de {total} cambios; la próxima publicación envía el resto.</translation>
    </message>
    <message>
        <location filename="../../journey/publishing.py" line="127"/>
        <source>{added} added, {changed} changed, {removed} removed on {host}</source>
        <translation>{added} agregados, {changed} cambiados, {removed} quitados en {host}</translation>
    </message>
</context>
<context>
    <name>quick_log</name>
    <message>
        <source>none</source>
        <translation type="vanished">ninguna</translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="vanished">leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="vanished">moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="vanished">intensa</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="332"/>
        <source>Logged %1, severity %2, at %3.</source>
        <translation>Se anotó %1, intensidad %2, a las %3.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/quick_log.py" line="341"/>
        <source>Temperature %1.</source>
        <translation>Temperatura %1.</translation>
    </message>
</context>
<context>
    <name>ratings</name>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="56"/>
        <source>▲ better</source>
        <translation>▲ mejor</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="64"/>
        <source>%1 = %2 · %3 = %4</source>
        <translation>%1 = %2 · %3 = %4</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="71"/>
        <source>higher is better</source>
        <translation>más alto es mejor</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="71"/>
        <source>higher is worse</source>
        <translation>más alto es peor</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="73"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="76"/>
        <source>%1 to %2, %3</source>
        <translation>%1 a %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="115"/>
        <source>By date: before the treatment starts</source>
        <translation>Por fecha: antes de que empiece el tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="116"/>
        <source>Yes, part of my baseline</source>
        <translation>Sí, parte de mi línea base</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="117"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="280"/>
        <source>Rating saved: 1 scale.</source>
        <translation>Calificación guardada: 1 escala.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/rating_dialog.py" line="281"/>
        <source>Rating saved: %1 scales.</source>
        <translation>Calificación guardada: %1 escalas.</translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="732"/>
        <source>This journal is read-only: you can read everything, but nothing new can be saved. The file %1 cannot be written. Check its permissions, or copy it somewhere you can write.</source>
        <translation>Este diario es de solo lectura: puede leerlo todo, pero no se puede guardar nada nuevo. No se puede escribir en el archivo %1. Revise sus permisos o cópielo en un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="740"/>
        <source>Read-only journal</source>
        <translation>Diario de solo lectura</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../ui/words/reminders.py" line="28"/>
        <source>Journey: time for a check-in</source>
        <translation>Journey: es hora de un control</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="29"/>
        <source>Journey: a rating is due</source>
        <translation>Journey: toca una calificación</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="30"/>
        <source>Journey: a baseline rating is wanted</source>
        <translation>Journey: falta su calificación de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="31"/>
        <source>Journey: a follow-up is due</source>
        <translation>Journey: toca un seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="32"/>
        <source>Journey: a dose is due</source>
        <translation>Journey: toca una dosis</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="34"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="42"/>
        <source>Nothing logged in “%1” for %2 hours. How do you feel, and what is your temperature? Press Ctrl+L in Journey to log it.</source>
        <translation>No se anotó nada en “%1” en %2 horas. ¿Cómo se siente y cuál es su temperatura? Pulse Ctrl+L en Journey para anotarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="50"/>
        <source>Before treatment starts, rate how you are now: it becomes your baseline. It takes about a minute.</source>
        <translation>Antes de que empiece el tratamiento, califique cómo está ahora: será su referencia. Tarda más o menos un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="55"/>
        <source>Your rating is due. It takes about a minute: press Ctrl+R in Journey.</source>
        <translation>Toca su calificación. Tarda más o menos un minuto: pulse Ctrl+R en Journey.</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="59"/>
        <source>%1 (%2) is planned for today. Mark it done on Today once it is done.</source>
        <translation>%1 (%2) está previsto para hoy. Márquelo como hecho en Hoy cuando lo haya hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/words/reminders.py" line="61"/>
        <source>%1 (%2) was planned for %3. Mark it done on Today once it is done.</source>
        <translation>%1 (%2) estaba previsto para el %3. Márquelo como hecho en Hoy cuando lo haya hecho.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../ui/report/document.py" line="196"/>
        <source>Journey report — %1</source>
        <translation>Informe de Journey — %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="196"/>
        <source>Journey report</source>
        <translation>Informe de Journey</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="261"/>
        <source>From %1 to %2. Made on %3.</source>
        <translation>Del %1 al %2. Hecho el %3.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="266"/>
        <source>Recorded by the patient (and companion) in Journey, a personal journal. Ratings are the patient&apos;s own; clinical values are as the patient&apos;s clinicians reported them. Journey is not a medical device and does not diagnose.</source>
        <translation>Registrado por el paciente (y su acompañante) en Journey, un diario personal. Las calificaciones son del propio paciente; los valores clínicos son los que informaron sus médicos. Journey no es un dispositivo médico y no hace diagnósticos.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="522"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="292"/>
        <location filename="../../ui/report/document.py" line="523"/>
        <source>MS type</source>
        <translation>Tipo de EM</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="525"/>
        <source>Diagnosed</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="529"/>
        <source>%1 (reported %2)</source>
        <translation>%1 (informado el %2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="531"/>
        <source>EDSS, last reported</source>
        <translation>EDSS, último informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="533"/>
        <source>Disease-modifying therapies</source>
        <translation>Tratamientos modificadores de la enfermedad</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="536"/>
        <source>Last MRI before treatment</source>
        <translation>Última resonancia antes del tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="295"/>
        <location filename="../../ui/report/document.py" line="540"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="542"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="543"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="301"/>
        <location filename="../../ui/report/document.py" line="544"/>
        <source>Treatment start</source>
        <translation>Inicio del tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="547"/>
        <source>Discharge instructions</source>
        <translation>Indicaciones de alta</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="548"/>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="555"/>
        <source>Patient and treatment</source>
        <translation>Paciente y tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="559"/>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="561"/>
        <source>Nothing on the itinerary in this period.</source>
        <translation>No hay nada en el itinerario en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="567"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="577"/>
        <location filename="../../ui/report/document.py" line="719"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="577"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="577"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="515"/>
        <location filename="../../ui/report/document.py" line="577"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="577"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="424"/>
        <location filename="../../ui/report/document.py" line="588"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="453"/>
        <location filename="../../ui/report/document.py" line="591"/>
        <source>Red flags</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="596"/>
        <source>Journey could not check every red-flag rule for this period, so this list may be incomplete.</source>
        <translation>Journey no pudo comprobar todas las reglas de señales de alarma en este período, así que esta lista puede estar incompleta.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="437"/>
        <location filename="../../ui/report/document.py" line="622"/>
        <source>not acknowledged</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="632"/>
        <source>Logged</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="632"/>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="632"/>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="632"/>
        <source>Threshold source</source>
        <translation>Fuente del límite</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="635"/>
        <source>No red flag was raised in this period.</source>
        <translation>No hubo ninguna señal de alarma en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="636"/>
        <source>Side-effect log</source>
        <translation>Registro de efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="641"/>
        <source>No side effect was logged in this period.</source>
        <translation>No se anotó ningún efecto secundario en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="463"/>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="662"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="663"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="664"/>
        <source>Severity (0–10)</source>
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="665"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="666"/>
        <source>Recorded by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="667"/>
        <location filename="../../ui/report/document.py" line="917"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="674"/>
        <source>Fever grades: CTCAE version 5.0 (National Cancer Institute, 2017), for reference; from a single reading, so grade 4 (above 40 °C for more than 24 hours) is not shown.</source>
        <translation>Grados de fiebre: CTCAE versión 5.0 (Instituto Nacional del Cáncer de EE. UU., 2017), como referencia; a partir de una sola medición, por lo que no se muestra el grado 4 (más de 40 °C durante más de 24 horas).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="348"/>
        <location filename="../../ui/report/document.py" line="731"/>
        <source>Quality of life</source>
        <translation>Calidad de vida</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="350"/>
        <location filename="../../ui/report/document.py" line="733"/>
        <source>No ratings in this period.</source>
        <translation>No hay calificaciones en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="738"/>
        <source>The patient&apos;s own ratings. Chart: each rating (solid line with dots), the 4-week average (thick dashes), the baseline range (hatched band), the treatment (solid vertical line), relapses (dotted, ▼) and MRIs (dash-dot, ■). The table beside it gives each month&apos;s ratings.</source>
        <translation>Las calificaciones del propio paciente. Gráfica: cada calificación (línea continua con puntos), el promedio de 4 semanas (guiones gruesos), el rango de la línea base (banda rayada), el tratamiento (línea vertical continua), los brotes (punteado, ▼) y las resonancias (raya y punto, ■). La tabla de al lado da las calificaciones de cada mes.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="759"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="759"/>
        <source>Mean</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="759"/>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="759"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="355"/>
        <location filename="../../ui/report/document.py" line="783"/>
        <source>higher is better</source>
        <translation>más alto es mejor</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="357"/>
        <location filename="../../ui/report/document.py" line="783"/>
        <source>lower is better</source>
        <translation>más bajo es mejor</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="785"/>
        <source>Scale %1–%2, %3.</source>
        <translation>Escala %1–%2, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="792"/>
        <source>Baseline mean %1.</source>
        <translation>Promedio de la línea base %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="795"/>
        <source>Last 4 weeks %1 (%2).</source>
        <translation>Últimas 4 semanas %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="801"/>
        <source>Not enough ratings to compare with the baseline (%1).</source>
        <translation>No hay suficientes calificaciones para compararlas con la línea base (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="810"/>
        <source>Change from baseline</source>
        <translation>Cambio respecto a la línea base</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="812"/>
        <source>No ratings since the treatment started in this period.</source>
        <translation>No hay calificaciones desde el inicio del tratamiento en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="367"/>
        <location filename="../../ui/report/document.py" line="826"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="827"/>
        <source>Mean of the ratings in each band of months after the treatment start; in brackets, the difference from the baseline mean.</source>
        <translation>Promedio de las calificaciones en cada tramo de meses después del inicio del tratamiento; entre paréntesis, la diferencia con el promedio de la línea base.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="835"/>
        <source>Clinical events</source>
        <translation>Eventos clínicos</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="383"/>
        <location filename="../../ui/report/document.py" line="836"/>
        <source>NEDA-3</source>
        <translation>NEDA-3</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="386"/>
        <location filename="../../ui/report/document.py" line="839"/>
        <source>Relapses</source>
        <translation>Brotes</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="315"/>
        <location filename="../../ui/report/document.py" line="844"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="850"/>
        <location filename="../../ui/report/document.py" line="915"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="850"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="850"/>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="850"/>
        <source>Steroids</source>
        <translation>Esteroides</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="853"/>
        <source>No relapse recorded in this period.</source>
        <translation>No hay brotes registrados en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="854"/>
        <source>MRI results</source>
        <translation>Resultados de resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="393"/>
        <location filename="../../ui/report/document.py" line="856"/>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="515"/>
        <location filename="../../ui/report/document.py" line="867"/>
        <location filename="../../ui/report/document.py" line="878"/>
        <location filename="../../ui/report/document.py" line="964"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="868"/>
        <source>New or enlarging T2</source>
        <translation>T2 nuevas o agrandadas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="869"/>
        <source>Enhancing (Gd+)</source>
        <translation>Con realce (Gd+)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="870"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="874"/>
        <source>No MRI recorded in this period.</source>
        <translation>No hay resonancias registradas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="409"/>
        <location filename="../../ui/report/document.py" line="875"/>
        <source>EDSS reports</source>
        <translation>Informes de EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="376"/>
        <location filename="../../ui/report/document.py" line="878"/>
        <source>EDSS</source>
        <translation>EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="878"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="880"/>
        <source>No EDSS report recorded in this period.</source>
        <translation>No hay informes de EDSS registrados en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="897"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="899"/>
        <source>No medication recorded for this period.</source>
        <translation>No hay medicamentos registrados para este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="893"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="503"/>
        <location filename="../../ui/report/document.py" line="912"/>
        <location filename="../../ui/report/document.py" line="941"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="153"/>
        <source>Journey&apos;s own default rule (no published threshold).</source>
        <translation>Regla predeterminada de Journey (sin umbral publicado).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="288"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="291"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="298"/>
        <source>Day 0 (reinfusion)</source>
        <translation>Día 0 (reinfusión)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="315"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="317"/>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="336"/>
        <source>not enough ratings (%1)</source>
        <translation>no hay suficientes calificaciones (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="339"/>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="340"/>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="341"/>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="367"/>
        <source>Baseline mean</source>
        <translation>Media de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="367"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="367"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="374"/>
        <source>NEDA-3 and clinical events</source>
        <translation>NEDA-3 y eventos clínicos</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="376"/>
        <source>relapses</source>
        <translation>brotes</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="376"/>
        <source>MRI lesions</source>
        <translation>lesiones en la resonancia magnética</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="379"/>
        <source>Assessed: %1.</source>
        <translation>Evaluado: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="381"/>
        <source>Assessed: nothing (no data in this period).</source>
        <translation>Evaluado: nada (no hay datos en este periodo).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="388"/>
        <source>started %1</source>
        <translation>comenzó el %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="390"/>
        <location filename="../../ui/report/document.py" line="404"/>
        <location filename="../../ui/report/document.py" line="416"/>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="396"/>
        <source>MRIs</source>
        <translation>Resonancias magnéticas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="398"/>
        <source>%1: new or enlarging T2 %2, enhancing %3</source>
        <translation>%1: lesiones T2 nuevas o agrandadas %2, con realce %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="411"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="428"/>
        <source>%1 raised, %2 acknowledged, %3 not acknowledged:</source>
        <translation>activadas: %1; confirmadas: %2; sin confirmar: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="435"/>
        <source>acknowledged %1</source>
        <translation>confirmada el %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="440"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="446"/>
        <source>…and %1 more, listed under Side effects.</source>
        <translation>…y %1 más, en la sección Efectos secundarios.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="450"/>
        <source>none raised in this period</source>
        <translation>ninguna activada en este periodo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="452"/>
        <source>Not every rule could be checked: this may be incomplete.</source>
        <translation>No se pudieron comprobar todas las reglas: esta lista puede estar incompleta.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="465"/>
        <source>no fever</source>
        <translation>sin fiebre</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="468"/>
        <source>%1 (from %2): %3, highest %4</source>
        <translation>%1 (desde %2): %3, máxima %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="476"/>
        <source>Highest fever grade per watch window (CTCAE v5.0)</source>
        <translation>Grado de fiebre más alto por ventana de vigilancia (CTCAE v5.0)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="477"/>
        <source>no temperature logged in a watch window</source>
        <translation>no se anotó ninguna temperatura en una ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="485"/>
        <source>Current medications</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="488"/>
        <source>No current medication recorded.</source>
        <translation>No hay ningún medicamento actual registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="494"/>
        <source>%1 on time, %2 late, %3 skipped, %4 missed</source>
        <translation>a tiempo: %1; tarde: %2; omitidas: %3; olvidadas: %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="500"/>
        <source>no dose schedule</source>
        <translation>sin horario de dosis</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="503"/>
        <location filename="../../ui/report/document.py" line="913"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="503"/>
        <location filename="../../ui/report/document.py" line="914"/>
        <source>Schedule</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="503"/>
        <source>Doses in this period</source>
        <translation>Dosis en este periodo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="508"/>
        <source>Next follow-ups</source>
        <translation>Próximos seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="510"/>
        <source>No follow-up planned.</source>
        <translation>No hay ningún seguimiento planificado.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="609"/>
        <source>%1 red flags in this period: the latest %2 are listed here. Every one is in the red_flags column of side_effects.csv (%3).</source>
        <translation>%1 señales de alarma en este periodo: aquí se muestran las %2 más recientes. Todas están en la columna red_flags de side_effects.csv (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="687"/>
        <source>Report and data ▸ Export for a spreadsheet, or “journey export csv”</source>
        <translation>Informe y datos ▸ Exportar para una hoja de cálculo, o «journey export csv»</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="695"/>
        <source>%1 entries in this period, more than %2, so the log is shown a day a row. Every entry is in side_effects.csv (%3).</source>
        <translation>%1 anotaciones en este periodo, más de %2, así que el registro se muestra con un día por fila. Todas las anotaciones están en side_effects.csv (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="704"/>
        <source>The %1 earlier days with entries are there too.</source>
        <translation>Los %1 días anteriores con anotaciones también están ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="720"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="721"/>
        <source>Most logged</source>
        <translation>Lo más anotado</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="722"/>
        <source>Highest severity (0–10)</source>
        <translation>Intensidad máxima (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="723"/>
        <source>Highest temperature</source>
        <translation>Temperatura máxima</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="724"/>
        <source>Entries with a red flag</source>
        <translation>Anotaciones con señal de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="892"/>
        <source>ended with the counts&apos; recovery, %1</source>
        <translation>terminó con la recuperación de los recuentos, %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="916"/>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="942"/>
        <source>Taken on time</source>
        <translation>Tomadas a tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="943"/>
        <source>Taken late</source>
        <translation>Tomadas tarde</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="944"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="945"/>
        <source>Missed</source>
        <translation>Olvidadas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="946"/>
        <source>Not yet recorded</source>
        <translation>Aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="948"/>
        <source>Doses as recorded in Journey. A dose counts as missed when nothing was recorded %1 minutes after it was due; “not yet recorded” doses were due less than that ago.</source>
        <translation>Dosis tal como se registraron en Journey. Una dosis cuenta como olvidada cuando no se registró nada %1 minutos después de su hora; las dosis «aún sin registrar» tocaban hace menos de eso.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="952"/>
        <source>Doses taken</source>
        <translation>Dosis tomadas</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="959"/>
        <source>All ratings in this period</source>
        <translation>Todas las calificaciones de este periodo</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="964"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
</context>
<context>
    <name>scales_dialog</name>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="35"/>
        <source>Add a scale</source>
        <translation>Agregar una escala</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="35"/>
        <source>Edit a scale</source>
        <translation>Editar una escala</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="42"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="43"/>
        <source>for example Tingling, or SDMT score from my neurologist</source>
        <translation>por ejemplo Hormigueo, o la puntuación SDMT de mi neurólogo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="44"/>
        <source>Licensed questionnaires are not shown here; you can record a score you obtained elsewhere.</source>
        <translation>Aquí no se muestran cuestionarios con licencia; puede registrar una puntuación que obtuvo en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="49"/>
        <source>&amp;Lowest value</source>
        <translation>Valor más &amp;bajo</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="50"/>
        <source>&amp;Highest value</source>
        <translation>Valor más &amp;alto</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="53"/>
        <source>A high value &amp;means</source>
        <translation>Un valor alto &amp;significa</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="54"/>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="54"/>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare/scales_dialog.py" line="56"/>
        <source>N&amp;ote (optional)</source>
        <translation>N&amp;ota (opcional)</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="53"/>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="53"/>
        <source>the companion</source>
        <translation>el acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="58"/>
        <source>Blood count</source>
        <translation>Hemograma</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="59"/>
        <source>Companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="60"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="61"/>
        <source>Counts recovered</source>
        <translation>Recuentos recuperados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="62"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="63"/>
        <source>Discharge packet</source>
        <translation>Documentos de alta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="64"/>
        <source>Clinic check</source>
        <translation>Comprobación de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="65"/>
        <source>EDSS report</source>
        <translation>Informe de EDSS</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="66"/>
        <source>Cost</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="67"/>
        <source>Itinerary item</source>
        <translation>Elemento del itinerario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="68"/>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="69"/>
        <source>Medication dose</source>
        <translation>Dosis de medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="70"/>
        <source>MRI result</source>
        <translation>Resultado de resonancia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="71"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="72"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="73"/>
        <source>Rating scale</source>
        <translation>Escala de valoración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="74"/>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="75"/>
        <source>Red flag seen</source>
        <translation>Señal de alarma vista</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="76"/>
        <source>Relapse</source>
        <translation>Brote</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="77"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="78"/>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="79"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="80"/>
        <source>Transfusion</source>
        <translation>Transfusión</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="81"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="82"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="83"/>
        <source>Watch window</source>
        <translation>Ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="87"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="88"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="89"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="90"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="91"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="92"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="93"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="94"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="95"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="96"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="97"/>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="98"/>
        <source>severity</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="99"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="100"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="114"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="116"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="118"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="181"/>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="206"/>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="211"/>
        <source>&amp;Copy the code</source>
        <translation>&amp;Copiar el código</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="220"/>
        <source>Give it by phone, in person or in a message, not through the shared folder. When the other computer has joined, compare this computer&apos;s fingerprint aloud with what it shows: %1</source>
        <translation>Délo por teléfono, en persona o en un mensaje, no a través de la carpeta compartida. Cuando la otra computadora se haya unido, comparen en voz alta la huella de esta computadora con la que muestra: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="241"/>
        <source>A folder your sync tool keeps in step</source>
        <translation>Una carpeta que su herramienta de sincronización mantiene al día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="242"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="249"/>
        <source>%1&apos;s computer</source>
        <translation>Ordenador de %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="251"/>
        <source>The patient&apos;s</source>
        <translation>El del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="251"/>
        <source>The companion&apos;s</source>
        <translation>El del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="255"/>
        <source>Shared &amp;folder</source>
        <translation>&amp;Carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="257"/>
        <source>&amp;Invitation code</source>
        <translation>Código de &amp;invitación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="258"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nombre de esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="258"/>
        <source>&amp;Whose computer</source>
        <translation>¿De &amp;quién es la computadora?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="267"/>
        <source>The shared folder</source>
        <translation>La carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="284"/>
        <source>Share this journey</source>
        <translation>Compartir este viaje</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="288"/>
        <source>Choose a folder that Syncthing, Nextcloud, Dropbox, iCloud Drive or OneDrive already keeps in step with the other computer. Journey puts only encrypted files there; the journal itself stays here.</source>
        <translation>Elija una carpeta que Syncthing, Nextcloud, Dropbox, iCloud Drive u OneDrive ya mantenga al día con la otra computadora. Journey solo pone allí archivos cifrados; el diario en sí se queda aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="297"/>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="302"/>
        <source>Choose the shared folder first.</source>
        <translation>Elija primero la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="307"/>
        <source>Setting up the shared folder… (a few seconds)</source>
        <translation>Preparando la carpeta compartida… (unos segundos)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="312"/>
        <source>Shared. On the other computer choose “Join a shared journey…” and type:</source>
        <translation>Compartido. En la otra computadora elija «Unirse a un viaje compartido…» y escriba:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="321"/>
        <source>Invite another computer</source>
        <translation>Invitar a otra computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="324"/>
        <source>A new invitation code for another computer to join with.</source>
        <translation>Un código de invitación nuevo para que otra computadora se una.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="326"/>
        <source>&amp;Make a code</source>
        <translation>&amp;Crear un código</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="331"/>
        <source>Making the invitation… (a few seconds)</source>
        <translation>Creando la invitación… (unos segundos)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="334"/>
        <source>On the other computer choose “Join a shared journey…” and type:</source>
        <translation>En la otra computadora elija «Unirse a un viaje compartido…» y escriba:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="343"/>
        <source>Join a shared journey</source>
        <translation>Unirse a un viaje compartido</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="347"/>
        <source>The other computer showed an invitation code when it shared the journey. Choose your copy of the same shared folder and type the code.</source>
        <translation>La otra computadora mostró un código de invitación al compartir el viaje. Elija su copia de la misma carpeta compartida y escriba el código.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="355"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="360"/>
        <source>Choose the shared folder and type the invitation code.</source>
        <translation>Elija la carpeta compartida y escriba el código de invitación.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="364"/>
        <source>Opening the shared journey… (a few seconds)</source>
        <translation>Abriendo el viaje compartido… (unos segundos)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="372"/>
        <source>Joined. Compare the fingerprints aloud: the other computer should show %1 for itself, and %2 for this one.</source>
        <translation>Se ha unido. Comparen las huellas en voz alta: la otra computadora debería mostrar %1 para sí misma y %2 para esta.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="387"/>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="391"/>
        <source>another computer</source>
        <translation>otra computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="416"/>
        <source>Changed on both computers — choose</source>
        <translation>Cambiado en las dos computadoras: elija</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="424"/>
        <source>Both computers changed these while apart. Journey kept the newer value on both and set the other aside: choose the one to keep.</source>
        <translation>Las dos computadoras cambiaron esto por separado. Journey dejó el valor más reciente en ambas y guardó el otro aparte: elija cuál conservar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="447"/>
        <source>Nothing left to choose.</source>
        <translation>No queda nada por elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="462"/>
        <source>Keep this (shown now)</source>
        <translation>Conservar este (el que se muestra ahora)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="463"/>
        <source>Use this instead</source>
        <translation>Usar este en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="473"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation type="vanished">Conservar «%1»</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation type="vanished">el que se muestra ahora</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="vanished">Usar «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="486"/>
        <source>Recently deleted</source>
        <translation>Borrado recientemente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="493"/>
        <source>Entries deleted on this computer or another. Restore brings one back.</source>
        <translation>Entradas borradas en esta computadora o en otra. Restaurar recupera una.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="496"/>
        <source>Recently deleted, newest first</source>
        <translation>Borrado recientemente, lo más nuevo primero</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="505"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="507"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="525"/>
        <source>Nothing was deleted lately.</source>
        <translation>No se ha borrado nada últimamente.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="536"/>
        <source>%1 — deleted %2 on %3</source>
        <translation>%1 — borrado el %2 en %3</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sharing_dialogs.py" line="552"/>
        <source>Not restored: %1</source>
        <translation>No se restauró: %1</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="23"/>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <location filename="../../ui/words/severity.py" line="12"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/words/severity.py" line="13"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../ui/words/severity.py" line="14"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../ui/words/severity.py" line="15"/>
        <source>severe</source>
        <translation>intensa</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="vanished">Paciente</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="vanished">Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="25"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="26"/>
        <source>In the mouth</source>
        <translation>En la boca</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="27"/>
        <source>In the ear</source>
        <translation>En el oído</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="28"/>
        <source>Under the arm</source>
        <translation>Bajo el brazo</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="29"/>
        <source>On the forehead</source>
        <translation>En la frente</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="37"/>
        <source>in the mouth</source>
        <translation>en la boca</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="38"/>
        <source>in the ear</source>
        <translation>en el oído</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="39"/>
        <source>under the arm</source>
        <translation>bajo el brazo</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="40"/>
        <source>on the forehead</source>
        <translation>en la frente</translation>
    </message>
    <message>
        <location filename="../../ui/words/temperature.py" line="54"/>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="49"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="50"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="51"/>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="52"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="53"/>
        <source>Watch window</source>
        <translation>Ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="54"/>
        <source>Recorded by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="55"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/table.py" line="188"/>
        <source>⚑ %1 (red flag seen)</source>
        <translation>⚑ %1 (alarma vista)</translation>
    </message>
</context>
<context>
    <name>storage_net</name>
    <message>
        <location filename="../../ui/shell/storage_net.py" line="33"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/shell/sync.py" line="41"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="45"/>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="46"/>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="51"/>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="52"/>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="56"/>
        <source>a day ago</source>
        <translation>hace un día</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="57"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="67"/>
        <source>1 change needs a choice</source>
        <translation>1 cambio espera su elección</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="68"/>
        <source>%1 changes need a choice</source>
        <translation>%1 cambios esperan su elección</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="73"/>
        <source>Shared · waiting for the other computer to join</source>
        <translation>Compartido · esperando a que se una la otra computadora</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="78"/>
        <source>Waiting for %1&apos;s first changes</source>
        <translation>Esperando los primeros cambios de %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="84"/>
        <source>%1 has not synced for %2 days</source>
        <translation>%1 lleva %2 días sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="87"/>
        <source>Up to date with %1 · %2</source>
        <translation>Al día con %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync.py" line="170"/>
        <source>Sharing stopped: %1</source>
        <translation>Se detuvo la sincronización: %1</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="19"/>
        <location filename="../../ui/words/spreadsheet.py" line="130"/>
        <source>Treatment package</source>
        <translation>Paquete de tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="20"/>
        <location filename="../../ui/words/spreadsheet.py" line="131"/>
        <source>Flights</source>
        <translation>Vuelos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="21"/>
        <location filename="../../ui/trip/people.py" line="31"/>
        <location filename="../../ui/words/spreadsheet.py" line="132"/>
        <location filename="../../ui/words/spreadsheet.py" line="154"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="22"/>
        <location filename="../../ui/words/spreadsheet.py" line="133"/>
        <source>Companion&apos;s food</source>
        <translation>Comida del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="23"/>
        <location filename="../../ui/words/spreadsheet.py" line="137"/>
        <source>Companion&apos;s flights</source>
        <translation>Vuelos del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="24"/>
        <location filename="../../ui/words/spreadsheet.py" line="139"/>
        <source>Ground transport</source>
        <translation>Transporte terrestre</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="25"/>
        <location filename="../../ui/words/spreadsheet.py" line="140"/>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../ui/trip/expense_dialog.py" line="26"/>
        <location filename="../../ui/trip/people.py" line="36"/>
        <location filename="../../ui/words/spreadsheet.py" line="141"/>
        <location filename="../../ui/words/spreadsheet.py" line="159"/>
        <location filename="../../ui/words/vocabulary.py" line="62"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="27"/>
        <location filename="../../ui/words/spreadsheet.py" line="150"/>
        <source>Patient coordinator</source>
        <translation>Coordinador de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="28"/>
        <location filename="../../ui/words/spreadsheet.py" line="151"/>
        <source>Clinic 24-hour line</source>
        <translation>Línea de 24 horas de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="29"/>
        <location filename="../../ui/words/spreadsheet.py" line="152"/>
        <source>Lead doctor</source>
        <translation>Médico responsable</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="30"/>
        <location filename="../../ui/words/spreadsheet.py" line="153"/>
        <source>Driver</source>
        <translation>Chofer</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="32"/>
        <location filename="../../ui/words/spreadsheet.py" line="155"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="33"/>
        <location filename="../../ui/words/spreadsheet.py" line="156"/>
        <source>Local neurologist</source>
        <translation>Neurólogo local</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="35"/>
        <location filename="../../ui/words/spreadsheet.py" line="158"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="14"/>
        <source>Relapsing-remitting MS (RRMS)</source>
        <translation>EM remitente-recurrente (EMRR)</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="15"/>
        <source>Secondary progressive MS (SPMS)</source>
        <translation>EM secundaria progresiva (EMSP)</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="16"/>
        <source>Primary progressive MS (PPMS)</source>
        <translation>EM primaria progresiva (EMPP)</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="17"/>
        <source>Clinically isolated syndrome (CIS)</source>
        <translation>Síndrome clínicamente aislado (SCA)</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="20"/>
        <source>Autologous HSCT (about a month)</source>
        <translation>Trasplante autólogo (TACMH), alrededor de un mes</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="21"/>
        <source>Mesenchymal stem cells, MSC (a few days)</source>
        <translation>Células madre mesenquimales, CMM (unos días)</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="22"/>
        <source>Another protocol</source>
        <translation>Otro protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="44"/>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="45"/>
        <source>Ground transfer / pickup</source>
        <translation>Traslado terrestre / recogida</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="46"/>
        <source>Border crossing</source>
        <translation>Cruce de frontera</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="47"/>
        <source>Hotel stay</source>
        <translation>Estancia en hotel</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="48"/>
        <source>Hotel check-in</source>
        <translation>Entrada al hotel</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="49"/>
        <source>Hotel check-out</source>
        <translation>Salida del hotel</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="50"/>
        <source>Clinic appointment</source>
        <translation>Cita en la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="51"/>
        <source>Tests</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="52"/>
        <source>IV infusion</source>
        <translation>Infusión intravenosa</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="53"/>
        <source>Intrathecal injection</source>
        <translation>Inyección intratecal</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="54"/>
        <source>Mobilisation</source>
        <translation>Movilización</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="55"/>
        <source>Stem-cell collection</source>
        <translation>Recolección de células madre</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="56"/>
        <source>Conditioning</source>
        <translation>Acondicionamiento</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="57"/>
        <source>Reinfusion (day 0)</source>
        <translation>Reinfusión (día 0)</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="58"/>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="59"/>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="60"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="61"/>
        <source>Revaccination</source>
        <translation>Revacunación</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="65"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/trip/people.py" line="34"/>
        <location filename="../../ui/words/spreadsheet.py" line="157"/>
        <location filename="../../ui/words/vocabulary.py" line="66"/>
        <source>Companion</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="67"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="71"/>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="72"/>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/words/vocabulary.py" line="73"/>
        <source>✗ Cancelled</source>
        <translation>✗ Cancelado</translation>
    </message>
</context>
<context>
    <name>watch_window</name>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="26"/>
        <source>the reinfusion</source>
        <translation>la reinfusión</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="27"/>
        <source>the infusion</source>
        <translation>la infusión</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="28"/>
        <source>the intrathecal injection</source>
        <translation>la inyección intratecal</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="60"/>
        <source>No temperatures logged in this watch window yet.</source>
        <translation>Todavía no hay temperaturas anotadas en esta ventana de vigilancia.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="65"/>
        <source>%1 %2 after %3</source>
        <translation>%1 %2 después de %3</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="67"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="67"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="68"/>
        <source>the watch window opened</source>
        <translation>que se abrió la ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="73"/>
        <source>Highest %1 at %2 on %3, %4; %5 %6, %7 at or above %8.</source>
        <translation>Máxima %1 a las %2 del %3, %4; %5 %6, %7 en %8 o más.</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="79"/>
        <source>reading</source>
        <translation>medición</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="79"/>
        <source>readings</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="111"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="116"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="122"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="128"/>
        <source>Temperatures in this watch window</source>
        <translation>Temperaturas en esta ventana de vigilancia</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="147"/>
        <source>Temperatures: %1</source>
        <translation>Temperaturas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/side_effects/watch_window_panel.py" line="149"/>
        <source>Temperature chart</source>
        <translation>Gráfica de temperatura</translation>
    </message>
</context>
</TS>

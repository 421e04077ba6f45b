<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Forget the key stored in your system keyring</source>
        <translation>Den im System-Schlüsselbund gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Using GEMINI_API_KEY from the environment</source>
        <translation>GEMINI_API_KEY aus der Umgebung wird verwendet</translation>
    </message>
    <message>
        <source>The key comes from the GEMINI_API_KEY environment variable, which wins over a stored one: to remove it, unset it where it is set.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariable GEMINI_API_KEY, die Vorrang vor einem gespeicherten hat: Um ihn zu entfernen, lösche die Variable dort, wo sie gesetzt ist.</translation>
    </message>
    <message>
        <source>No secure keyring available</source>
        <translation>Kein sicherer Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>A key is stored in your keyring (type to replace it)</source>
        <translation>Im Schlüsselbund ist ein Schlüssel gespeichert (zum Ersetzen einfach neu eingeben)</translation>
    </message>
    <message>
        <source>Paste your key from aistudio.google.com/apikey</source>
        <translation>Füge deinen Schlüssel von aistudio.google.com/apikey ein</translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation>API-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>NutriVoice will forget the key stored in your system keyring. To talk to the assistant again you will need to paste a key.</source>
        <translation>NutriVoice vergisst den im System-Schlüsselbund gespeicherten Schlüssel. Um wieder mit dem Assistenten zu sprechen, musst du erneut einen Schlüssel einfügen.</translation>
    </message>
    <message>
        <source>Removing the key from your keyring…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>The key was removed from your keyring.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>AudioDevicePicker</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Sedentary (little or no exercise)</source>
        <translation>Sitzend (wenig oder keine Bewegung)</translation>
    </message>
    <message>
        <source>Light (exercise 1-3 days a week)</source>
        <translation>Leicht (Sport an 1–3 Tagen pro Woche)</translation>
    </message>
    <message>
        <source>Moderate (exercise 3-5 days a week)</source>
        <translation>Mäßig (Sport an 3–5 Tagen pro Woche)</translation>
    </message>
    <message>
        <source>Active (exercise 6-7 days a week)</source>
        <translation>Aktiv (Sport an 6–7 Tagen pro Woche)</translation>
    </message>
    <message>
        <source>Very active (hard daily exercise or a physical job)</source>
        <translation>Sehr aktiv (täglich harter Sport oder körperliche Arbeit)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Über dich</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Used only by the resting-energy formula</source>
        <translation>Wird nur für die Ruheumsatz-Formel verwendet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>CameraCombo</name>
    <message>
        <source>Video file or stream URL…</source>
        <translation>Videodatei oder Stream-URL…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name} (Kamera {number})</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>Kamera {number} (nicht verbunden)</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Choose a video file</source>
        <translation>Videodatei auswählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A video file or a stream URL (rtsp://…, http://…)</source>
        <translation>Eine Videodatei oder eine Stream-URL (rtsp://…, http://…)</translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation>Videodatei oder Stream-URL</translation>
    </message>
    <message>
        <source>type a video file or stream URL, or choose a camera</source>
        <translation>Videodatei oder Stream-URL eingeben oder eine Kamera wählen</translation>
    </message>
</context>
<context>
    <name>CardColumn</name>
    <message>
        <source>Tool results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Results of what the assistant does — meals rebalanced, food logged, swaps — appear here.</source>
        <translation>Hier erscheint, was der Assistent erledigt – umverteilte Mahlzeiten, eingetragene Lebensmittel, Austauschvorschläge.</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color: gray&apos;&gt;Press &lt;b&gt;Start&lt;/b&gt; (Ctrl+Return) and talk: “I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, “I walked 40 minutes”…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color: gray&apos;&gt;Drück auf &lt;b&gt;Start&lt;/b&gt; (Ctrl+Return) und sprich: „Ich habe das Frühstück ausgelassen“, „Ich hatte ein Croissant“, „Tausch Butter gegen Olivenöl“, „Ich bin 40 Minuten spazieren gegangen“…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{time} · interrupted</source>
        <translation>{time} · unterbrochen</translation>
    </message>
</context>
<context>
    <name>DayDashboard</name>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>Das Tagebuch konnte gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Today&apos;s calories</source>
        <translation>Kalorien heute</translation>
    </message>
    <message>
        <source>Eaten against today&apos;s targets</source>
        <translation>Gegessen im Vergleich zu den heutigen Zielen</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>Tagebuch wird gelesen…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history range</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) of history</source>
        <translation>
            <numerusform>Verlauf von %n Tag anzeigen</numerusform>
            <numerusform>Verlauf von %n Tagen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>protein</source>
        <translation>Eiweiß</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>Kohlenhydrate</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten (+{activity} from activity)</source>
        <translation>&lt;b&gt;{eaten}&lt;/b&gt; von {budget} kcal gegessen (+{activity} durch Aktivität)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten</source>
        <translation>&lt;b&gt;{eaten}&lt;/b&gt; von {budget} kcal gegessen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal left</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal übrig</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal over</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal zu viel</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>genau im Ziel</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Replies started after</source>
        <translation>Antworten begannen nach</translation>
    </message>
    <message>
        <source>Reconnects this run</source>
        <translation>Neuverbindungen in dieser Sitzung</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>last {last:.2f} s · median {median:.2f} s of {n}</source>
        <translation>zuletzt {last:.2f} s · Median {median:.2f} s von {n}</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>CSV (spreadsheets; can be imported back)</source>
        <translation>CSV (Tabellenkalkulation; kann wieder importiert werden)</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>Eiweiß g</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>Kohlenhydrate g</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>Fett g</translation>
    </message>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>Das Tagebuch konnte gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Left)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>New amount in grams</source>
        <translation>Neue Menge in Gramm</translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation>Menge festlegen</translation>
    </message>
    <message>
        <source>Move to meal</source>
        <translation>In Mahlzeit verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Log again today</source>
        <translation>Heute erneut eintragen</translation>
    </message>
    <message>
        <source>{meal} · missed</source>
        <translation>{meal} · ausgelassen</translation>
    </message>
    <message>
        <source>{eaten} of {target}</source>
        <translation>{eaten} von {target}</translation>
    </message>
    <message>
        <source>Activity: {activity}</source>
        <translation>Aktivität: {activity}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Nothing logged this day yet.</source>
        <translation>An diesem Tag noch nichts eingetragen.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of the day shown</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>{day}: {eaten} of {budget} kcal eaten · &lt;b&gt;{left}&lt;/b&gt;</source>
        <translation>{day}: {eaten} von {budget} kcal gegessen · &lt;b&gt;{left}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
</context>
<context>
    <name>EnlargedPreview</name>
    <message>
        <source>What Gemini sees</source>
        <translation>Was Gemini sieht</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>FirstQuestionPage</name>
    <message>
        <source>“I skipped breakfast today, fix my plan.”</source>
        <translation>„Ich habe heute das Frühstück ausgelassen, pass meinen Plan an.“</translation>
    </message>
    <message>
        <source>“I had a croissant at 11.”</source>
        <translation>„Ich hatte um 11 ein Croissant.“</translation>
    </message>
    <message>
        <source>“What can I use instead of 30 grams of butter?”</source>
        <translation>„Was kann ich statt 30 Gramm Butter nehmen?“</translation>
    </message>
    <message>
        <source>“I cycled for 45 minutes.”</source>
        <translation>„Ich bin 45 Minuten Rad gefahren.“</translation>
    </message>
    <message>
        <source>“How much protein do I have left today?”</source>
        <translation>„Wie viel Eiweiß habe ich heute noch übrig?“</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probier es aus</translation>
    </message>
    <message>
        <source>Press Start in the main window and just talk. For example:</source>
        <translation>Drück im Hauptfenster auf „Start“ und sprich einfach. Zum Beispiel:</translation>
    </message>
    <message>
        <source>Interrupt any time: the assistant stops and listens.</source>
        <translation>Du kannst jederzeit unterbrechen: Der Assistent stoppt und hört zu.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Calorie history</source>
        <translation>Kalorienverlauf</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a day in the calorie history</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>Target {kcal} kcal</source>
        <translation>Ziel {kcal} kcal</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Nichts eingetragen</translation>
    </message>
    <message>
        <source>{kcal} kcal over target</source>
        <translation>{kcal} kcal über dem Ziel</translation>
    </message>
    <message>
        <source>{kcal} kcal under target</source>
        <translation>{kcal} kcal unter dem Ziel</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Eaten {kcal} kcal</source>
        <translation>Gegessen {kcal} kcal</translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %n day(s) yet.</source>
        <translation>
            <numerusform>Am letzten Tag noch nichts eingetragen.</numerusform>
            <numerusform>In den letzten %n Tagen noch nichts eingetragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {kcal} kcal over %n logged day(s)</source>
        <translation>
            <numerusform>Durchschnitt {kcal} kcal an %n eingetragenen Tag</numerusform>
            <numerusform>Durchschnitt {kcal} kcal an %n eingetragenen Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over target</source>
        <translation>
            <numerusform>%n Tag über dem Ziel</numerusform>
            <numerusform>%n Tage über dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} Use the Left and Right arrow keys to read each day.</source>
        <translation>{summary} Mit den Pfeiltasten nach links und rechts gehst du die einzelnen Tage durch.</translation>
    </message>
    <message>
        <source>target
{kcal}</source>
        <translation>Ziel
{kcal}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format under the calorie history</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
</context>
<context>
    <name>HotkeyEdit</name>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Win</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>Super</translation>
    </message>
    <message>
        <source>Press the keys… (Esc cancels, Backspace clears)</source>
        <translation>Drück die Tasten… (Esc bricht ab, Rücktaste löscht)</translation>
    </message>
    <message>
        <source>None: click here and press the keys</source>
        <translation>Keins: hier klicken und die Tasten drücken</translation>
    </message>
    <message>
        <source>That key cannot be part of a hotkey. Try a letter, a number, Space or a function key.</source>
        <translation>Diese Taste kann nicht Teil eines Tastenkürzels sein. Versuch einen Buchstaben, eine Zahl, die Leertaste oder eine Funktionstaste.</translation>
    </message>
    <message>
        <source>Add Ctrl or Alt: a hotkey without them would fire whenever you type that key in any app.</source>
        <translation>Füge Strg oder Alt hinzu: Ein Tastenkürzel ohne sie würde jedes Mal auslösen, wenn du diese Taste in irgendeiner App drückst.</translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <source>Something went wrong inside {app} ({error}). It goes on, but what it was doing may be incomplete; the diary keeps only whole changes.</source>
        <translation>In {app} ist intern etwas schiefgelaufen ({error}). Die App läuft weiter, aber was sie gerade tat, ist eventuell unvollständig; das Tagebuch übernimmt nur vollständige Änderungen.</translation>
    </message>
    <message>
        <source>If it happens again, send the log to the developers: {file}</source>
        <translation>Falls es wieder passiert, schick das Protokoll an die Entwickler: {file}</translation>
    </message>
    <message>
        <source>An internal error</source>
        <translation>Ein interner Fehler</translation>
    </message>
    <message>
        <source>{app}: an internal error</source>
        <translation>{app}: ein interner Fehler</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your Gemini API key</source>
        <translation>Dein Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>NutriVoice talks to Google&apos;s Gemini Live API with your own key. It is stored in your system keyring, never in a file.</source>
        <translation>NutriVoice spricht mit deinem eigenen Schlüssel mit der Gemini Live API von Google. Er wird in deinem System-Schlüsselbund gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Get a free key at &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</source>
        <translation>Einen kostenlosen Schlüssel bekommst du unter &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>{level} dB</source>
        <translation>{level} dB</translation>
    </message>
</context>
<context>
    <name>MacroBars</name>
    <message>
        <source>{label} {value} of {target}</source>
        <translation>{label} {value} von {target}</translation>
    </message>
    <message>
        <source>{amounts} g</source>
        <translation>{amounts} g</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or stop the conversation</source>
        <translation>Unterhaltung starten oder beenden</translation>
    </message>
    <message>
        <source>Start or stop talking (Ctrl+Return)</source>
        <translation>Sprechen starten oder beenden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone (Ctrl+M)</source>
        <translation>Mikrofon stummschalten oder wieder einschalten (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Start or stop talking</source>
        <translation>Sprechen starten oder beenden</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Stummschaltung ein/aus</translation>
    </message>
    <message>
        <source>What the assistant can see</source>
        <translation>Was der Assistent sehen kann</translation>
    </message>
    <message>
        <source>Assistant voice</source>
        <translation>Stimme des Assistenten</translation>
    </message>
    <message>
        <source>Or type a message and press Enter</source>
        <translation>Oder schreib eine Nachricht und drück Enter</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Nachricht eingeben</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Results and diary</source>
        <translation>Ergebnisse und Tagebuch</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>Unterhaltung &amp;kopieren</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>&amp;Tagebuch exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import diary…</source>
        <translation>Tagebuch &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo diary change</source>
        <translation>Tagebuchänderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the newest change of the day the diary shows (Ctrl+Z)</source>
        <translation>Die neueste Änderung des im Tagebuch angezeigten Tages rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo diary change</source>
        <translation>Tagebuchänderung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Show the &amp;diary</source>
        <translation>&amp;Tagebuch anzeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>D&amp;esign</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>First-run &amp;walkthrough…</source>
        <translation>Einrichtungs&amp;assistent…</translation>
    </message>
    <message>
        <source>&amp;Profile &amp;&amp; goals…</source>
        <translation>&amp;Profil &amp;&amp; Ziele…</translation>
    </message>
    <message>
        <source>Saved &amp;meals…</source>
        <translation>Gespeicherte &amp;Mahlzeiten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {app}…</source>
        <translation>Ü&amp;ber {app}…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Connection lost at {time}; reconnecting…</source>
        <translation>Verbindung um {time} unterbrochen; verbinde neu…</translation>
    </message>
    <message>
        <source>Reconnected after {seconds:.0f} s.</source>
        <translation>Nach {seconds:.0f} s wieder verbunden.</translation>
    </message>
    <message>
        <source>Start the conversation first.</source>
        <translation>Starte zuerst die Unterhaltung.</translation>
    </message>
    <message>
        <source>Press Start (Ctrl+Return).</source>
        <translation>Drück auf „Start“ (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stumm aus</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you next press Start.</source>
        <translation>{setting}: Diese Änderung gilt, sobald du das nächste Mal auf „Start“ drückst.</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you restart NutriVoice.</source>
        <translation>{setting}: Diese Änderung gilt nach einem Neustart von NutriVoice.</translation>
    </message>
    <message>
        <source>Use a desktop shortcut for `nutrivoice --toggle-talk` instead.</source>
        <translation>Nutze stattdessen ein Desktop-Tastenkürzel für `nutrivoice --toggle-talk`.</translation>
    </message>
    <message>
        <source>The push-to-talk hotkey is off</source>
        <translation>Das Push-to-Talk-Tastenkürzel ist aus</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>A voice-first nutrition assistant.

Food data: {food}

Activity data: {activity}

Default servings for dishes follow the FDA&apos;s Reference Amounts Customarily Consumed (21 CFR 101.12); see docs/SERVINGS.md.</source>
        <translation>Ein sprachgesteuerter Ernährungsassistent.

Lebensmitteldaten: {food}

Aktivitätsdaten: {activity}

Standardportionen für Gerichte folgen den „Reference Amounts Customarily Consumed“ der FDA (21 CFR 101.12); siehe docs/SERVINGS.md.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Diary saved to {path} (%n days)</source>
        <translation>
            <numerusform>Tagebuch in {path} gespeichert (%n Tag)</numerusform>
            <numerusform>Tagebuch in {path} gespeichert (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import diary</source>
        <translation>Tagebuch importieren</translation>
    </message>
    <message>
        <source>NutriVoice diary CSV (*.csv)</source>
        <translation>NutriVoice-Tagebuch-CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Could not import the diary</source>
        <translation>Das Tagebuch konnte nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) of the diary (Ctrl+Z undoes a day).</source>
        <translation>
            <numerusform>%n Tagebuchtag importiert (Ctrl+Z macht einen Tag rückgängig).</numerusform>
            <numerusform>%n Tagebuchtage importiert (Ctrl+Z macht einen Tag rückgängig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conversation saved to {path}</source>
        <translation>Unterhaltung in {path} gespeichert</translation>
    </message>
    <message>
        <source>Conversation copied</source>
        <translation>Unterhaltung kopiert</translation>
    </message>
    <message>
        <source>Still running in the tray. Use Quit to exit.</source>
        <translation>Läuft im Infobereich weiter. Zum Schließen wähle „Beenden“.</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Deine Kamera</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>Dein Bildschirm</translation>
    </message>
    <message>
        <source>Keep sharing?</source>
        <translation>Weiter teilen?</translation>
    </message>
    <message>
        <source>Your {what} is shared with Gemini. Keep sharing while NutriVoice is in the tray?</source>
        <translation>{what} wird mit Gemini geteilt. Weiter teilen, während NutriVoice im Infobereich ist?</translation>
    </message>
    <message>
        <source>Stop sharing and hide</source>
        <translation>Teilen beenden und ausblenden</translation>
    </message>
    <message>
        <source>Keep sharing and hide</source>
        <translation>Weiter teilen und ausblenden</translation>
    </message>
</context>
<context>
    <name>Meals</name>
    <message>
        <source>Breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Abendessen</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Snacks</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; </source>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>MessageCenter</name>
    <message>
        <source>Since {time}. More in the log: {log}</source>
        <translation>Seit {time}. Mehr im Protokoll: {log}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unlock your keyring, then press Start.</source>
        <translation>Entsperre deinen Schlüsselbund und drück dann auf „Start“.</translation>
    </message>
    <message>
        <source>Cannot read the API key</source>
        <translation>API-Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>NutriVoice needs a Gemini API key to talk.</source>
        <translation>NutriVoice braucht einen Gemini-API-Schlüssel, um zu sprechen.</translation>
    </message>
    <message>
        <source>Open Settings and paste your key from Google AI Studio.</source>
        <translation>Öffne die Einstellungen und füge deinen Schlüssel aus Google AI Studio ein.</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Noch kein API-Schlüssel</translation>
    </message>
    <message>
        <source>The microphone pauses while the assistant speaks; headphones help.</source>
        <translation>Das Mikrofon pausiert, während der Assistent spricht; Kopfhörer helfen.</translation>
    </message>
    <message>
        <source>Echo cancellation is off</source>
        <translation>Echounterdrückung ist aus</translation>
    </message>
    <message>
        <source>You can still type to the assistant; fix the device in Settings.</source>
        <translation>Du kannst dem Assistenten weiterhin schreiben; korrigiere das Gerät in den Einstellungen.</translation>
    </message>
    <message>
        <source>Audio device problem</source>
        <translation>Problem mit dem Audiogerät</translation>
    </message>
    <message>
        <source>The microphone stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>Das Mikrofon liefert keinen Ton mehr (ausgesteckt oder von einer anderen App belegt?).</translation>
    </message>
    <message>
        <source>The speaker stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>Der Lautsprecher gibt keinen Ton mehr aus (ausgesteckt oder von einer anderen App belegt?).</translation>
    </message>
    <message>
        <source>The microphone stopped</source>
        <translation>Das Mikrofon ist ausgefallen</translation>
    </message>
    <message>
        <source>The speaker stopped</source>
        <translation>Der Lautsprecher ist ausgefallen</translation>
    </message>
    <message>
        <source>Plug it back in or choose another in Settings, then press Start again. You can keep typing meanwhile.</source>
        <translation>Schließ das Gerät wieder an oder wähle in den Einstellungen ein anderes und drück dann erneut auf „Start“. Du kannst in der Zwischenzeit weiterschreiben.</translation>
    </message>
    <message>
        <source>Check the camera or screen setting.</source>
        <translation>Prüfe die Kamera- oder Bildschirmeinstellung.</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>Teilen beendet</translation>
    </message>
    <message>
        <source>Gemini sent something unreadable</source>
        <translation>Gemini hat etwas Unlesbares gesendet</translation>
    </message>
    <message>
        <source>The app could not read {what}.</source>
        <translation>Die App konnte {what} nicht lesen.</translation>
    </message>
    <message>
        <source>Reconnecting; the conversation is kept.</source>
        <translation>Verbindung wird neu aufgebaut; die Unterhaltung bleibt erhalten.</translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation>Der Dienst hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}.</source>
        <translation>Der Server antwortete mit HTTP {status}.</translation>
    </message>
    <message>
        <source>Check the API endpoint in Settings, or try again later.</source>
        <translation>Prüfe den API-Endpunkt in den Einstellungen oder versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>Cannot verify the server</source>
        <translation>Server kann nicht verifiziert werden</translation>
    </message>
    <message>
        <source>The TLS certificate was not trusted ({why}).</source>
        <translation>Dem TLS-Zertifikat wurde nicht vertraut ({why}).</translation>
    </message>
    <message>
        <source>If a proxy inspects your traffic, enter the API endpoint and the proxy&apos;s CA file in Settings; otherwise check your system clock.</source>
        <translation>Wenn ein Proxy deinen Datenverkehr prüft, gib in den Einstellungen den API-Endpunkt und die CA-Datei des Proxys ein; prüfe andernfalls deine Systemuhr.</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Gemini did not finish setting up the session in time.</source>
        <translation>Gemini hat die Sitzung nicht rechtzeitig eingerichtet.</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection if this keeps happening.</source>
        <translation>Neuer Versuch; prüfe deine Internetverbindung, falls das öfter passiert.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Could not reach Gemini ({why}).</source>
        <translation>Gemini war nicht erreichbar ({why}).</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection.</source>
        <translation>Neuer Versuch; prüfe deine Internetverbindung.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <source>Press Start to try again; see the log for details.</source>
        <translation>Drück auf „Start“, um es erneut zu versuchen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Gemini did not accept the API key ({detail}).</source>
        <translation>Gemini hat den API-Schlüssel nicht akzeptiert ({detail}).</translation>
    </message>
    <message>
        <source>Open Settings and paste a valid key from Google AI Studio.</source>
        <translation>Öffne die Einstellungen und füge einen gültigen Schlüssel aus Google AI Studio ein.</translation>
    </message>
    <message>
        <source>The server sent more than expected</source>
        <translation>Der Server hat mehr gesendet als erwartet</translation>
    </message>
    <message>
        <source>The connection was reset ({detail}).</source>
        <translation>Die Verbindung wurde zurückgesetzt ({detail}).</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>Verbindung wird automatisch neu aufgebaut.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>The previous conversation could not be resumed.</source>
        <translation>Die vorherige Unterhaltung konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Starting a fresh session.</source>
        <translation>Neue Sitzung wird gestartet.</translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation>Modell nicht verfügbar</translation>
    </message>
    <message>
        <source>The model was rejected.</source>
        <translation>Das Modell wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Choose another model in Settings.</source>
        <translation>Wähle in den Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <source>Gemini ended the session</source>
        <translation>Gemini hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>Close code {code}.</source>
        <translation>Schließcode {code}.</translation>
    </message>
    <message>
        <source>Starting a fresh session: the diary is kept, the conversation so far is not.</source>
        <translation>Neue Sitzung wird gestartet: Das Tagebuch bleibt erhalten, die bisherige Unterhaltung nicht.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>Der Server hat die Sitzung geschlossen.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Verbindung wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>Cannot set up the connection</source>
        <translation>Verbindung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Check the API endpoint and CA file in Settings.</source>
        <translation>Prüfe den API-Endpunkt und die CA-Datei in den Einstellungen.</translation>
    </message>
    <message>
        <source>Refreshing the connection…</source>
        <translation>Verbindung wird erneuert…</translation>
    </message>
    <message>
        <source>Press Start to try again; check your internet connection if this keeps happening.</source>
        <translation>Drück auf „Start“, um es erneut zu versuchen; prüfe deine Internetverbindung, falls das öfter passiert.</translation>
    </message>
    <message>
        <source>{problem}. Trying again in a moment…</source>
        <translation>{problem}. Gleich neuer Versuch…</translation>
    </message>
    <message>
        <source>{problem}. Trying again in {seconds} s…</source>
        <translation>{problem}. Neuer Versuch in {seconds} s…</translation>
    </message>
    <message>
        <source>{old} is not available; this conversation goes on with {new}.</source>
        <translation>{old} ist nicht verfügbar; diese Unterhaltung geht mit {new} weiter.</translation>
    </message>
    <message>
        <source>{old} failed {times} times in a row; this conversation goes on with {new}.</source>
        <translation>{old} ist {times}-mal hintereinander fehlgeschlagen; diese Unterhaltung geht mit {new} weiter.</translation>
    </message>
    <message>
        <source>Switched to another model</source>
        <translation>Zu einem anderen Modell gewechselt</translation>
    </message>
    <message>
        <source>To keep using another model, choose it in Settings.</source>
        <translation>Um dauerhaft ein anderes Modell zu nutzen, wähle es in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection seems to have stopped working.</source>
        <translation>Die Verbindung scheint nicht mehr zu funktionieren.</translation>
    </message>
    <message>
        <source>Gemini did not answer for {seconds} s</source>
        <translation>Gemini hat {seconds} s lang nicht geantwortet</translation>
    </message>
    <message>
        <source>Nothing came back from Gemini for {seconds} s</source>
        <translation>{seconds} s lang kam nichts von Gemini zurück</translation>
    </message>
    <message>
        <source>The computer slept for {seconds} s</source>
        <translation>Der Computer war {seconds} s im Ruhezustand</translation>
    </message>
    <message>
        <source>Not connected. Press Start to talk.</source>
        <translation>Nicht verbunden. Drück auf „Start“, um zu sprechen.</translation>
    </message>
    <message>
        <source>Connecting to Gemini…</source>
        <translation>Verbinde mit Gemini…</translation>
    </message>
    <message>
        <source>Listening. Just talk.</source>
        <translation>Hört zu. Sprich einfach.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Keep talking; nothing is lost.</source>
        <translation>Verbindung verloren, verbinde neu… Sprich ruhig weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Stopped because of a problem.</source>
        <translation>Wegen eines Problems gestoppt.</translation>
    </message>
    <message>
        <source>Couldn&apos;t {action}</source>
        <translation>Fehler beim {action}</translation>
    </message>
    <message>
        <source>do that</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Audio is unavailable: PyAudio could not load ({problem}).</source>
        <translation>Audio ist nicht verfügbar: PyAudio konnte nicht geladen werden ({problem}).</translation>
    </message>
    <message>
        <source>Microphone “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>Mikrofon „{name}“ ist nicht verbunden. Verfügbar: {available}. Wähle in den Einstellungen ein anderes oder schließ es wieder an.</translation>
    </message>
    <message>
        <source>Speaker “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>Lautsprecher „{name}“ ist nicht verbunden. Verfügbar: {available}. Wähle in den Einstellungen einen anderen oder schließ ihn wieder an.</translation>
    </message>
    <message>
        <source>Could not open the microphone ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden ({problem}). Prüfe, ob es angeschlossen ist und nicht exklusiv von einer anderen App genutzt wird, oder wähle in den Einstellungen ein anderes.</translation>
    </message>
    <message>
        <source>Could not open the speaker ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>Der Lautsprecher konnte nicht geöffnet werden ({problem}). Prüfe, ob er angeschlossen ist und nicht exklusiv von einer anderen App genutzt wird, oder wähle in den Einstellungen einen anderen.</translation>
    </message>
    <message>
        <source>Global hotkeys are not available on Wayland: Wayland does not let apps listen to the keyboard. Use the Hold to talk button, or log in with an X11 session.</source>
        <translation>Globale Tastenkürzel sind unter Wayland nicht verfügbar: Wayland erlaubt Apps nicht, die Tastatur mitzulesen. Nutze die Schaltfläche „Zum Sprechen halten“ oder melde dich mit einer X11-Sitzung an.</translation>
    </message>
    <message>
        <source>Global hotkeys need a graphical X11 session (no DISPLAY is set).</source>
        <translation>Globale Tastenkürzel brauchen eine grafische X11-Sitzung (DISPLAY ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Global hotkeys could not start ({problem}).</source>
        <translation>Globale Tastenkürzel konnten nicht gestartet werden ({problem}).</translation>
    </message>
    <message>
        <source>“{keys}” is not a valid key combination ({problem}). Choose it again in Settings.</source>
        <translation>„{keys}“ ist keine gültige Tastenkombination ({problem}). Wähle sie in den Einstellungen neu.</translation>
    </message>
    <message>
        <source>Camera {camera} could not be opened. Check that it is connected and not in use by another app, or choose another camera in Settings.</source>
        <translation>Kamera {camera} konnte nicht geöffnet werden. Prüfe, ob sie angeschlossen ist und nicht von einer anderen App genutzt wird, oder wähle in den Einstellungen eine andere Kamera.</translation>
    </message>
    <message>
        <source>The screen cannot be captured here ({problem}). Screen sharing needs an X11 session (or XWayland access).</source>
        <translation>Der Bildschirm kann hier nicht aufgenommen werden ({problem}). Bildschirmfreigabe braucht eine X11-Sitzung (oder XWayland-Zugriff).</translation>
    </message>
    <message>
        <source>The window chosen for sharing cannot be shared ({problem}). Choose another window or a monitor in Settings → Camera &amp; screen.</source>
        <translation>Das zum Teilen gewählte Fenster kann nicht geteilt werden ({problem}). Wähle unter Einstellungen → Kamera &amp; Bildschirm ein anderes Fenster oder einen Monitor.</translation>
    </message>
    <message>
        <source>The shared window was closed or minimised.</source>
        <translation>Das geteilte Fenster wurde geschlossen oder minimiert.</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures (unplugged?).</source>
        <translation>Die Kamera liefert keine Bilder mehr (ausgesteckt?).</translation>
    </message>
    <message>
        <source>Sharing stopped: {problem}</source>
        <translation>Teilen beendet: {problem}</translation>
    </message>
    <message>
        <source>Restore the backup from {day}, or start an empty diary.</source>
        <translation>Stelle die Sicherung vom {day} wieder her oder beginne ein leeres Tagebuch.</translation>
    </message>
    <message>
        <source>The diary file is damaged</source>
        <translation>Die Tagebuchdatei ist beschädigt</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged, and NutriVoice could not move it aside.</source>
        <translation>Das Tagebuch unter {where} ist beschädigt, und NutriVoice konnte es nicht beiseitelegen.</translation>
    </message>
    <message>
        <source>Copy that file somewhere safe, remove it, and start NutriVoice again.</source>
        <translation>Kopiere diese Datei an einen sicheren Ort, entferne sie und starte NutriVoice neu.</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged. NutriVoice moved it aside to {aside}, so nothing in it is lost.</source>
        <translation>Das Tagebuch unter {where} ist beschädigt. NutriVoice hat es nach {aside} verschoben, damit nichts davon verloren geht.</translation>
    </message>
    <message>
        <source>Start an empty diary; the damaged copy stays where it is in case it can be rescued.</source>
        <translation>Beginne ein leeres Tagebuch; die beschädigte Kopie bleibt, wo sie ist, falls sie sich noch retten lässt.</translation>
    </message>
    <message>
        <source>The diary is missing</source>
        <translation>Das Tagebuch fehlt</translation>
    </message>
    <message>
        <source>There is no diary at {where}, but there is a backup of it from {day}.</source>
        <translation>Unter {where} gibt es kein Tagebuch, aber eine Sicherung davon vom {day}.</translation>
    </message>
    <message>
        <source>The diary is from a newer NutriVoice</source>
        <translation>Das Tagebuch stammt von einer neueren NutriVoice-Version</translation>
    </message>
    <message>
        <source>The diary at {where} was saved by a newer version of NutriVoice{because}.</source>
        <translation>Das Tagebuch unter {where} wurde von einer neueren NutriVoice-Version gespeichert{because}.</translation>
    </message>
    <message>
        <source>Update NutriVoice to open it. The diary was not changed.</source>
        <translation>Aktualisiere NutriVoice, um es zu öffnen. Das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The diary is read-only</source>
        <translation>Das Tagebuch ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The diary is read-only: NutriVoice cannot save to {where}{because}.</source>
        <translation>Das Tagebuch ist schreibgeschützt: NutriVoice kann nicht nach {where} speichern{because}.</translation>
    </message>
    <message>
        <source>Allow your user to write to that file and its folder (or move it off read-only media), then start NutriVoice again.</source>
        <translation>Erlaube deinem Benutzer, in diese Datei und ihren Ordner zu schreiben (oder verschiebe sie von einem schreibgeschützten Medium), und starte NutriVoice dann neu.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The disk is full: NutriVoice could not set up the diary at {where}.</source>
        <translation>Der Datenträger ist voll: NutriVoice konnte das Tagebuch unter {where} nicht einrichten.</translation>
    </message>
    <message>
        <source>Free some space on that drive, then start NutriVoice again.</source>
        <translation>Schaffe etwas Platz auf diesem Laufwerk und starte NutriVoice dann neu.</translation>
    </message>
    <message>
        <source>The diary is busy</source>
        <translation>Das Tagebuch ist belegt</translation>
    </message>
    <message>
        <source>Another program kept the diary at {where} locked for too long (another NutriVoice, or a &apos;nutrivoice tool&apos; command).</source>
        <translation>Ein anderes Programm hat das Tagebuch unter {where} zu lange gesperrt (ein anderes NutriVoice oder ein &apos;nutrivoice tool&apos;-Befehl).</translation>
    </message>
    <message>
        <source>Close the other NutriVoice or wait for the command to finish, then try again.</source>
        <translation>Schließ das andere NutriVoice oder warte, bis der Befehl fertig ist, und versuch es dann erneut.</translation>
    </message>
    <message>
        <source>NutriVoice cannot reach the diary</source>
        <translation>NutriVoice erreicht das Tagebuch nicht</translation>
    </message>
    <message>
        <source>NutriVoice cannot open the diary at {where}{because}.</source>
        <translation>NutriVoice kann das Tagebuch unter {where} nicht öffnen{because}.</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it, and that its drive is connected; then start NutriVoice again.</source>
        <translation>Prüfe, ob der Ordner existiert, ob du darin schreiben darfst und ob sein Laufwerk verbunden ist; starte NutriVoice dann neu.</translation>
    </message>
    <message>
        <source>Mifflin-St Jeor equation (Am J Clin Nutr 1990;51:241-7) × activity factor; about 7,700 kcal per kg for a goal; macro shares within the Acceptable Macronutrient Distribution Ranges (IOM 2005).</source>
        <translation>Mifflin-St-Jeor-Gleichung (Am J Clin Nutr 1990;51:241-7) × Aktivitätsfaktor; etwa 7.700 kcal pro kg für ein Gewichtsziel; Makroanteile innerhalb der Acceptable Macronutrient Distribution Ranges (IOM 2005).</translation>
    </message>
    <message>
        <source>sedentary</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>very active</source>
        <translation>sehr aktiv</translation>
    </message>
    <message>
        <source>Protein, carbs and fat shares must add up to 100 % (they add up to {split} %).</source>
        <translation>Die Anteile von Eiweiß, Kohlenhydraten und Fett müssen zusammen 100 % ergeben (sie ergeben {split} %).</translation>
    </message>
    <message>
        <source>protein {protein} g, carbs {carbs} g, fat {fat} g</source>
        <translation>Eiweiß {protein} g, Kohlenhydrate {carbs} g, Fett {fat} g</translation>
    </message>
    <message>
        <source>Set by hand: {kcal} kcal; {macros}.</source>
        <translation>Manuell festgelegt: {kcal} kcal; {macros}.</translation>
    </message>
    <message>
        <source>height</source>
        <translation>deine Größe</translation>
    </message>
    <message>
        <source>age</source>
        <translation>dein Alter</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>dein Geschlecht</translation>
    </message>
    <message>
        <source>{kcal} kcal; {macros} (defaults: add your {missing} to compute targets from your body).</source>
        <translation>{kcal} kcal; {macros} (Standardwerte: Gib {missing} an, um die Ziele aus deinen Körperdaten zu berechnen).</translation>
    </message>
    <message>
        <source> − {kcal} to lose {rate} kg a week</source>
        <translation> − {kcal} zum Abnehmen von {rate} kg pro Woche</translation>
    </message>
    <message>
        <source> to keep your weight</source>
        <translation> zum Halten deines Gewichts</translation>
    </message>
    <message>
        <source> + {kcal} to gain {rate} kg a week</source>
        <translation> + {kcal} zum Zunehmen von {rate} kg pro Woche</translation>
    </message>
    <message>
        <source> (raised to the {floor} kcal floor)</source>
        <translation> (auf das Minimum von {floor} kcal angehoben)</translation>
    </message>
    <message>
        <source>Resting {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % of energy).</source>
        <translation>Ruheumsatz {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % der Energie).</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>Abendessen</translation>
    </message>
    <message>
        <source>snacks</source>
        <translation>Snacks</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>eaten</source>
        <translation>gegessen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{kcal} kcal left</source>
        <translation>{kcal} kcal übrig</translation>
    </message>
    <message>
        <source>{kcal} kcal over</source>
        <translation>{kcal} kcal zu viel</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>genau im Ziel</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month}</source>
        <translation>am {weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} {year}</source>
        <translation>am {weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>protein</source>
        <translation>Eiweiß</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>Kohlenhydrate</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>protein g</source>
        <translation>Eiweiß g</translation>
    </message>
    <message>
        <source>carbs g</source>
        <translation>Kohlenhydrate g</translation>
    </message>
    <message>
        <source>fat g</source>
        <translation>Fett g</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>Gramm</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Before kcal</source>
        <translation>kcal vorher</translation>
    </message>
    <message>
        <source>After kcal</source>
        <translation>kcal nachher</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>Eiweiß g</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>Kohlenhydrate g</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>Fett g</translation>
    </message>
    <message>
        <source>{meal} (eaten)</source>
        <translation>{meal} (gegessen)</translation>
    </message>
    <message>
        <source>{meal} (missed)</source>
        <translation>{meal} (ausgelassen)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>new</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Profile change (not saved yet)</source>
        <translation>Profiländerung (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>Profil aktualisiert</translation>
    </message>
    <message>
        <source>Diary entry removed</source>
        <translation>Tagebucheintrag entfernt</translation>
    </message>
    <message>
        <source>Removed {amount} {food} ({kcal} kcal) from {meal}.</source>
        <translation>{meal}: {amount} {food} ({kcal} kcal) entfernt.</translation>
    </message>
    <message>
        <source>remove that entry</source>
        <translation>Entfernen des Eintrags</translation>
    </message>
    <message>
        <source>Saved meal deleted</source>
        <translation>Gespeicherte Mahlzeit gelöscht</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>delete that saved meal</source>
        <translation>Löschen der gespeicherten Mahlzeit</translation>
    </message>
    <message>
        <source>Diary entry changed</source>
        <translation>Tagebucheintrag geändert</translation>
    </message>
    <message>
        <source>Changed {food}: {changes}.</source>
        <translation>{food} geändert: {changes}.</translation>
    </message>
    <message>
        <source>Changed {food}: nothing to change.</source>
        <translation>{food}: nichts zu ändern.</translation>
    </message>
    <message>
        <source>change that entry</source>
        <translation>Ändern des Eintrags</translation>
    </message>
    <message>
        <source>Nutrition facts</source>
        <translation>Nährwerte</translation>
    </message>
    <message>
        <source>{amount} {food}: {kcal} kcal, {protein} g protein, {carbs} g carbs, {fat} g fat ({source}).</source>
        <translation>{amount} {food}: {kcal} kcal, {protein} g Eiweiß, {carbs} g Kohlenhydrate, {fat} g Fett ({source}).</translation>
    </message>
    <message>
        <source>Other matches below: ask which one is meant.</source>
        <translation>Weitere Treffer unten: Nachfragen, welcher gemeint ist.</translation>
    </message>
    <message>
        <source>kcal / 100 g</source>
        <translation>kcal / 100 g</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>find that food</source>
        <translation>Suchen des Lebensmittels</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal plus {activity} from activity; {left}.</source>
        <translation>{day}: {eaten} von {target} kcal gegessen, plus {activity} durch Aktivität; {left}.</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal; {left}.</source>
        <translation>{day}: {eaten} von {target} kcal gegessen; {left}.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>target kcal</source>
        <translation>Ziel kcal</translation>
    </message>
    <message>
        <source>eaten kcal</source>
        <translation>Gegessen kcal</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Heute bisher</translation>
    </message>
    <message>
        <source>sum up that day</source>
        <translation>Zusammenfassen des Tages</translation>
    </message>
    <message>
        <source>Saved meals</source>
        <translation>Gespeicherte Mahlzeiten</translation>
    </message>
    <message>
        <source>Saved meal</source>
        <translation>Gespeicherte Mahlzeit</translation>
    </message>
    <message>
        <source>foods</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>No saved meals yet.</source>
        <translation>Noch keine gespeicherten Mahlzeiten.</translation>
    </message>
    <message>
        <source>list the saved meals</source>
        <translation>Auflisten der gespeicherten Mahlzeiten</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>Aktivität eingetragen</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} net kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}: {minutes} min bei {weight} kg verbrennen etwa {kcal} kcal netto (MET {met}); {day} dem Budget gutgeschrieben.</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}: {minutes} min bei {weight} kg verbrennen etwa {kcal} kcal (MET {met}); {day} dem Budget gutgeschrieben.</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>Verbrannt</translation>
    </message>
    <message>
        <source>Remaining before</source>
        <translation>Übrig vorher</translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation>Übrig jetzt</translation>
    </message>
    <message>
        <source>Compendium 2011, code {code}</source>
        <translation>Compendium 2011, Code {code}</translation>
    </message>
    <message>
        <source>log that activity</source>
        <translation>Eintragen der Aktivität</translation>
    </message>
    <message>
        <source>Food logged</source>
        <translation>Lebensmittel eingetragen</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal}.</source>
        <translation>{amount} {food} ({kcal} kcal) als {meal} eingetragen.</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} {day}.</source>
        <translation>{amount} {food} ({kcal} kcal) {day} als {meal} eingetragen.</translation>
    </message>
    <message>
        <source>log that food</source>
        <translation>Eintragen des Lebensmittels</translation>
    </message>
    <message>
        <source>Saved meal logged</source>
        <translation>Gespeicherte Mahlzeit eingetragen</translation>
    </message>
    <message>
        <source>Logged “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>„{name}“ ({kcal} kcal) als {meal} eingetragen.</translation>
    </message>
    <message>
        <source>Logged {portions} × “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>{portions} × „{name}“ ({kcal} kcal) als {meal} eingetragen.</translation>
    </message>
    <message>
        <source>log that saved meal</source>
        <translation>Eintragen der gespeicherten Mahlzeit</translation>
    </message>
    <message>
        <source>Weight logged</source>
        <translation>Gewicht eingetragen</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg. {change} kg since {since}.</source>
        <translation>Gewicht {day}: {kg} kg. {change} kg seit {since}.</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg.</source>
        <translation>Gewicht {day}: {kg} kg.</translation>
    </message>
    <message>
        <source>log that weight</source>
        <translation>Eintragen des Gewichts</translation>
    </message>
    <message>
        <source>Missed meal rebalanced</source>
        <translation>Ausgelassene Mahlzeit umverteilt</translation>
    </message>
    <message>
        <source>Moved the missed {meal} ({kcal} kcal) into {meals}.</source>
        <translation>{meal} ausgelassen: {kcal} kcal auf {meals} verteilt.</translation>
    </message>
    <message>
        <source>{kcal} kcal did not fit without making a meal too large.</source>
        <translation>{kcal} kcal passten nicht hinein, ohne eine Mahlzeit zu groß zu machen.</translation>
    </message>
    <message>
        <source>rebalance the missed meal</source>
        <translation>Umverteilen der ausgelassenen Mahlzeit</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Wiederhergestellt: {change}</translation>
    </message>
    <message>
        <source>redo that change</source>
        <translation>Wiederherstellen der Änderung</translation>
    </message>
    <message>
        <source>Logged again</source>
        <translation>Erneut eingetragen</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} again, as on {day}.</source>
        <translation>{amount} {food} ({kcal} kcal) erneut als {meal} eingetragen, wie am {day}.</translation>
    </message>
    <message>
        <source>log that again</source>
        <translation>erneuten Eintragen</translation>
    </message>
    <message>
        <source>Meal saved</source>
        <translation>Mahlzeit gespeichert</translation>
    </message>
    <message>
        <source>Updated “{name}”: {foods} — {kcal} kcal.</source>
        <translation>„{name}“ aktualisiert: {foods} — {kcal} kcal.</translation>
    </message>
    <message>
        <source>Saved “{name}”: {foods} — {kcal} kcal.</source>
        <translation>„{name}“ gespeichert: {foods} — {kcal} kcal.</translation>
    </message>
    <message>
        <source>save that meal</source>
        <translation>Speichern der Mahlzeit</translation>
    </message>
    <message>
        <source>lose {rate} kg a week</source>
        <translation>{rate} kg pro Woche abnehmen</translation>
    </message>
    <message>
        <source>keep the weight</source>
        <translation>Gewicht halten</translation>
    </message>
    <message>
        <source>gain {rate} kg a week</source>
        <translation>{rate} kg pro Woche zunehmen</translation>
    </message>
    <message>
        <source>protein {value}</source>
        <translation>Eiweiß {value}</translation>
    </message>
    <message>
        <source>carbs {value}</source>
        <translation>Kohlenhydrate {value}</translation>
    </message>
    <message>
        <source>fat {value}</source>
        <translation>Fett {value}</translation>
    </message>
    <message>
        <source>computed targets</source>
        <translation>berechnete Ziele</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Ziel: {goal}</translation>
    </message>
    <message>
        <source>change the goal</source>
        <translation>Ändern des Ziels</translation>
    </message>
    <message>
        <source>Ingredient swap</source>
        <translation>Zutatentausch</translation>
    </message>
    <message>
        <source>Swap ideas</source>
        <translation>Austauschideen</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap keeps the macros.</source>
        <translation>Nimm {grams} g {new} statt {amount} {old}: Die Makros bleiben gleich.</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap is off by up to {error}% on one macro.</source>
        <translation>Nimm {grams} g {new} statt {amount} {old}: Der Tausch weicht bei einem Makro um bis zu {error} % ab.</translation>
    </message>
    <message>
        <source>difference %</source>
        <translation>Abweichung %</translation>
    </message>
    <message>
        <source>Swaps for {amount} {food}: {options}</source>
        <translation>Austauschideen für {amount} {food}: {options}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>max error %</source>
        <translation>max. Abweichung %</translation>
    </message>
    <message>
        <source>find a swap</source>
        <translation>Suchen eines Ersatzes</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Rückgängig gemacht: {change}</translation>
    </message>
    <message>
        <source>undo that change</source>
        <translation>Rückgängigmachen der Änderung</translation>
    </message>
    <message>
        <source>Unplanned food compensated</source>
        <translation>Ungeplantes Essen ausgeglichen</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) and trimmed {meals}.</source>
        <translation>{amount} {food} ({kcal} kcal) eingetragen und {meals} gekürzt.</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day will end about that much over.</source>
        <translation>Die übrigen Mahlzeiten können {kcal} kcal nicht auffangen: Der Tag wird mit etwa {kcal} kcal zu viel enden.</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day ended about that much over.</source>
        <translation>Die übrigen Mahlzeiten können {kcal} kcal nicht auffangen: Der Tag endete mit etwa {kcal} kcal zu viel.</translation>
    </message>
    <message>
        <source>Meal plan changed</source>
        <translation>Mahlzeitenplan geändert</translation>
    </message>
    <message>
        <source>{meal} {share} at {time}</source>
        <translation>{meal} {share} um {time}</translation>
    </message>
    <message>
        <source>Meal plan from tomorrow (and today&apos;s meals not eaten yet): {meals}.</source>
        <translation>Mahlzeitenplan ab morgen (und für die heute noch nicht gegessenen Mahlzeiten): {meals}.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>change the meal plan</source>
        <translation>Ändern des Mahlzeitenplans</translation>
    </message>
    <message>
        <source>weight kg {value}</source>
        <translation>Gewicht {value} kg</translation>
    </message>
    <message>
        <source>height cm {value}</source>
        <translation>Größe {value} cm</translation>
    </message>
    <message>
        <source>age {value}</source>
        <translation>Alter {value}</translation>
    </message>
    <message>
        <source>sex {value}</source>
        <translation>Geschlecht {value}</translation>
    </message>
    <message>
        <source>activity {value}</source>
        <translation>Aktivität {value}</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Profile: {changes}</source>
        <translation>Profil: {changes}</translation>
    </message>
    <message>
        <source>update the profile</source>
        <translation>Aktualisieren des Profils</translation>
    </message>
    <message>
        <source>No system keyring is available to store your API key securely. On Linux install and unlock a Secret Service provider (GNOME Keyring or KWallet) and make sure a D-Bus session is running; or set the GEMINI_API_KEY environment variable instead.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, um deinen API-Schlüssel sicher zu speichern. Installiere und entsperre unter Linux einen Secret-Service-Anbieter (GNOME Keyring oder KWallet) und stell sicher, dass eine D-Bus-Sitzung läuft; oder setze stattdessen die Umgebungsvariable GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Your system keyring is locked. Unlock it (log in to your desktop keyring) and try again.</source>
        <translation>Dein System-Schlüsselbund ist gesperrt. Entsperre ihn (melde dich bei deinem Desktop-Schlüsselbund an) und versuch es erneut.</translation>
    </message>
    <message>
        <source>Could not read the API key from the keyring: {problem}</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Could not store the API key in the keyring: {problem}</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Could not remove the API key from the keyring: {problem}</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: {problem}</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <source>Microphone check</source>
        <translation>Mikrofontest</translation>
    </message>
    <message>
        <source>Say something: the bar should move. If it does not, pick another microphone in Settings later.</source>
        <translation>Sag etwas: Der Balken sollte sich bewegen. Falls nicht, wähle später in den Einstellungen ein anderes Mikrofon.</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Mikrofon wird geöffnet…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (nicht verbunden)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Sharing indicator</source>
        <translation>Freigabeanzeige</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show the picture Gemini gets, at full size</source>
        <translation>Das Bild, das Gemini bekommt, in voller Größe anzeigen</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>● The camera is shared with Gemini</source>
        <translation>● Die Kamera wird mit Gemini geteilt</translation>
    </message>
    <message>
        <source>● The screen is shared with Gemini</source>
        <translation>● Der Bildschirm wird mit Gemini geteilt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Lose weight</source>
        <translation>Abnehmen</translation>
    </message>
    <message>
        <source>Keep my weight</source>
        <translation>Gewicht halten</translation>
    </message>
    <message>
        <source>Gain weight</source>
        <translation>Zunehmen</translation>
    </message>
    <message>
        <source>Profile &amp; goals</source>
        <translation>Profil &amp; Ziele</translation>
    </message>
    <message>
        <source>Goal and targets</source>
        <translation>Ziel und Zielwerte</translation>
    </message>
    <message>
        <source>Computed from me</source>
        <translation>Aus meinen Daten berechnet</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Manuell festgelegt</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg pro Woche</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Protein</source>
        <translation>Eiweiß</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Kohlenhydrate</translation>
    </message>
    <message>
        <source>Fat</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>protein share of energy</source>
        <translation>Eiweißanteil an der Energie</translation>
    </message>
    <message>
        <source>carbs share of energy</source>
        <translation>Kohlenhydratanteil an der Energie</translation>
    </message>
    <message>
        <source>fat share of energy</source>
        <translation>Fettanteil an der Energie</translation>
    </message>
    <message>
        <source>Macro split</source>
        <translation>Makroverteilung</translation>
    </message>
    <message>
        <source>kcal target</source>
        <translation>kcal-Ziel</translation>
    </message>
    <message>
        <source>protein target</source>
        <translation>Eiweißziel</translation>
    </message>
    <message>
        <source>carbs target</source>
        <translation>Kohlenhydratziel</translation>
    </message>
    <message>
        <source>fat target</source>
        <translation>Fettziel</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>&lt;small&gt;Sources: {sources}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Quellen: {sources}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Meal plan</source>
        <translation>Mahlzeitenplan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mahlzeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Share of the day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anteil am Tag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usual time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übliche Uhrzeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>breakfast share of the day</source>
        <translation>Frühstück: Anteil am Tag</translation>
    </message>
    <message>
        <source>lunch share of the day</source>
        <translation>Mittagessen: Anteil am Tag</translation>
    </message>
    <message>
        <source>dinner share of the day</source>
        <translation>Abendessen: Anteil am Tag</translation>
    </message>
    <message>
        <source>snacks share of the day</source>
        <translation>Snacks: Anteil am Tag</translation>
    </message>
    <message>
        <source>breakfast usual time</source>
        <translation>Frühstück: übliche Uhrzeit</translation>
    </message>
    <message>
        <source>lunch usual time</source>
        <translation>Mittagessen: übliche Uhrzeit</translation>
    </message>
    <message>
        <source>dinner usual time</source>
        <translation>Abendessen: übliche Uhrzeit</translation>
    </message>
    <message>
        <source>snacks usual time</source>
        <translation>Snacks: übliche Uhrzeit</translation>
    </message>
    <message>
        <source>Weight over time</source>
        <translation>Gewichtsverlauf</translation>
    </message>
    <message>
        <source>Today&apos;s weight</source>
        <translation>Heutiges Gewicht</translation>
    </message>
    <message>
        <source>Log today&apos;s weight</source>
        <translation>Heutiges Gewicht eintragen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your targets (optional)</source>
        <translation>Deine Ziele (optional)</translation>
    </message>
    <message>
        <source>Until you say otherwise the day&apos;s targets are 2000 kcal, 100 g protein, 250 g carbs and 67 g fat. Tell NutriVoice about you and your goal for targets that fit you (Mifflin-St Jeor), or skip this; Tools → Profile &amp; goals has more.</source>
        <translation>Solange du nichts anderes sagst, sind die Tagesziele 2000 kcal, 100 g Eiweiß, 250 g Kohlenhydrate und 67 g Fett. Erzähl NutriVoice von dir und deinem Ziel, um passende Zielwerte zu bekommen (Mifflin-St Jeor), oder überspring diesen Schritt; unter Extras → Profil &amp; Ziele gibt es mehr.</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg pro Woche</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>More: macro split, targets by hand, meal plan…</source>
        <translation>Mehr: Makroverteilung, manuelle Ziele, Mahlzeitenplan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SavedMealsDialog</name>
    <message>
        <source>Saved meals</source>
        <translation>Gespeicherte Mahlzeiten</translation>
    </message>
    <message>
        <source>Log to meal</source>
        <translation>Als Mahlzeit eintragen</translation>
    </message>
    <message>
        <source>Log today as</source>
        <translation>Heute eintragen als</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>usual breakfast</source>
        <translation>übliches Frühstück</translation>
    </message>
    <message>
        <source>200 ml milk
a banana
40 g oats</source>
        <translation>200 ml Milch
eine Banane
40 g Haferflocken</translation>
    </message>
    <message>
        <source>New meal name</source>
        <translation>Name der neuen Mahlzeit</translation>
    </message>
    <message>
        <source>Foods, one per line</source>
        <translation>Lebensmittel, eins pro Zeile</translation>
    </message>
    <message>
        <source>Save meal</source>
        <translation>Mahlzeit speichern</translation>
    </message>
    <message>
        <source>{name} — {kcal} kcal
{foods}</source>
        <translation>{name} — {kcal} kcal
{foods}</translation>
    </message>
    <message>
        <source>Give the meal a name and at least one food.</source>
        <translation>Gib der Mahlzeit einen Namen und mindestens ein Lebensmittel.</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Window: {title}</source>
        <translation>Fenster: {title}</translation>
    </message>
    <message>
        <source>Monitor {number} — {width}×{height}</source>
        <translation>Monitor {number} — {width}×{height}</translation>
    </message>
    <message>
        <source>{monitor} (primary)</source>
        <translation>{monitor} (Hauptbildschirm)</translation>
    </message>
    <message>
        <source>A window that is closed now</source>
        <translation>Ein inzwischen geschlossenes Fenster</translation>
    </message>
    <message>
        <source>Monitor {number} (not connected)</source>
        <translation>Monitor {number} (nicht verbunden)</translation>
    </message>
    <message>
        <source>Monitor {number}</source>
        <translation>Monitor {number}</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>Ein Fenster</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Puck (upbeat)</source>
        <translation>Puck (fröhlich)</translation>
    </message>
    <message>
        <source>Charon (informative)</source>
        <translation>Charon (informativ)</translation>
    </message>
    <message>
        <source>Kore (firm)</source>
        <translation>Kore (bestimmt)</translation>
    </message>
    <message>
        <source>Fenrir (excitable)</source>
        <translation>Fenrir (temperamentvoll)</translation>
    </message>
    <message>
        <source>Aoede (breezy)</source>
        <translation>Aoede (locker)</translation>
    </message>
    <message>
        <source>Leda (youthful)</source>
        <translation>Leda (jugendlich)</translation>
    </message>
    <message>
        <source>Orus (firm)</source>
        <translation>Orus (bestimmt)</translation>
    </message>
    <message>
        <source>Zephyr (bright)</source>
        <translation>Zephyr (hell)</translation>
    </message>
    <message>
        <source>Callirrhoe (easy-going)</source>
        <translation>Callirrhoe (entspannt)</translation>
    </message>
    <message>
        <source>Autonoe (bright)</source>
        <translation>Autonoe (hell)</translation>
    </message>
    <message>
        <source>Enceladus (breathy)</source>
        <translation>Enceladus (hauchig)</translation>
    </message>
    <message>
        <source>Iapetus (clear)</source>
        <translation>Iapetus (klar)</translation>
    </message>
    <message>
        <source>Umbriel (easy-going)</source>
        <translation>Umbriel (entspannt)</translation>
    </message>
    <message>
        <source>Algieba (smooth)</source>
        <translation>Algieba (geschmeidig)</translation>
    </message>
    <message>
        <source>Despina (smooth)</source>
        <translation>Despina (geschmeidig)</translation>
    </message>
    <message>
        <source>Erinome (clear)</source>
        <translation>Erinome (klar)</translation>
    </message>
    <message>
        <source>Algenib (gravelly)</source>
        <translation>Algenib (rau)</translation>
    </message>
    <message>
        <source>Rasalgethi (informative)</source>
        <translation>Rasalgethi (informativ)</translation>
    </message>
    <message>
        <source>Laomedeia (upbeat)</source>
        <translation>Laomedeia (fröhlich)</translation>
    </message>
    <message>
        <source>Achernar (soft)</source>
        <translation>Achernar (weich)</translation>
    </message>
    <message>
        <source>Alnilam (firm)</source>
        <translation>Alnilam (bestimmt)</translation>
    </message>
    <message>
        <source>Schedar (even)</source>
        <translation>Schedar (ausgeglichen)</translation>
    </message>
    <message>
        <source>Gacrux (mature)</source>
        <translation>Gacrux (reif)</translation>
    </message>
    <message>
        <source>Pulcherrima (forward)</source>
        <translation>Pulcherrima (direkt)</translation>
    </message>
    <message>
        <source>Achird (friendly)</source>
        <translation>Achird (freundlich)</translation>
    </message>
    <message>
        <source>Zubenelgenubi (casual)</source>
        <translation>Zubenelgenubi (lässig)</translation>
    </message>
    <message>
        <source>Vindemiatrix (gentle)</source>
        <translation>Vindemiatrix (sanft)</translation>
    </message>
    <message>
        <source>Sadachbia (lively)</source>
        <translation>Sadachbia (lebhaft)</translation>
    </message>
    <message>
        <source>Sadaltager (knowledgeable)</source>
        <translation>Sadaltager (sachkundig)</translation>
    </message>
    <message>
        <source>Sulafat (warm)</source>
        <translation>Sulafat (warm)</translation>
    </message>
    <message>
        <source>Same as the user</source>
        <translation>Wie du sprichst</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation>Die Sprache der Menüs, Schaltflächen und Meldungen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The assistant&apos;s voice</source>
        <translation>Die Stimme des Assistenten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Live API model name; models get retired, so it is editable</source>
        <translation>Name des Live-API-Modells; Modelle werden eingestellt, deshalb ist er änderbar</translation>
    </message>
    <message>
        <source>Assistant&apos;s language</source>
        <translation>Sprache des Assistenten</translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation>Die Sprache, in der der Assistent antwortet</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>What the assistant can see besides hearing you</source>
        <translation>Was der Assistent außer deiner Stimme noch wahrnimmt</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Nur Stimme</translation>
    </message>
    <message>
        <source>Voice + camera</source>
        <translation>Stimme + Kamera</translation>
    </message>
    <message>
        <source>Voice + screen</source>
        <translation>Stimme + Bildschirm</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Sprecherwechsel</translation>
    </message>
    <message>
        <source>Automatic: the assistant hears when you start and stop speaking. Push to talk: hold the hotkey or the Hold to talk button while you speak.</source>
        <translation>Automatisch: Der Assistent hört, wann du zu sprechen beginnst und aufhörst. Push-to-Talk: Halte beim Sprechen das Tastenkürzel oder die Schaltfläche „Zum Sprechen halten“ gedrückt.</translation>
    </message>
    <message>
        <source>Automatic (just talk)</source>
        <translation>Automatisch (einfach sprechen)</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Push-to-Talk</translation>
    </message>
    <message>
        <source>Push-to-talk hotkey</source>
        <translation>Push-to-Talk-Tastenkürzel</translation>
    </message>
    <message>
        <source>Hold these keys while you speak, in any app (push to talk only)</source>
        <translation>Halte diese Tasten in jeder App gedrückt, während du sprichst (nur bei Push-to-Talk)</translation>
    </message>
    <message>
        <source>Closing the window keeps NutriVoice in the tray</source>
        <translation>Beim Schließen des Fensters bleibt NutriVoice im Infobereich</translation>
    </message>
    <message>
        <source>Echo handling</source>
        <translation>Umgang mit Echo</translation>
    </message>
    <message>
        <source>How the microphone keeps from hearing the assistant through your speakers</source>
        <translation>Wie das Mikrofon vermeidet, den Assistenten über deine Lautsprecher zu hören</translation>
    </message>
    <message>
        <source>Cancel the echo (talk over the assistant)</source>
        <translation>Echo unterdrücken (dem Assistenten ins Wort fallen)</translation>
    </message>
    <message>
        <source>Mute the mic while the assistant speaks</source>
        <translation>Mikrofon stummschalten, während der Assistent spricht</translation>
    </message>
    <message>
        <source>Off (headphones)</source>
        <translation>Aus (Kopfhörer)</translation>
    </message>
    <message>
        <source>Microphone frame</source>
        <translation>Mikrofon-Frame</translation>
    </message>
    <message>
        <source>Shorter frames: lower latency, more work for the computer</source>
        <translation>Kürzere Frames: geringere Latenz, mehr Arbeit für den Computer</translation>
    </message>
    <message>
        <source>10 ms (lowest latency)</source>
        <translation>10 ms (geringste Latenz)</translation>
    </message>
    <message>
        <source>20 ms (recommended)</source>
        <translation>20 ms (empfohlen)</translation>
    </message>
    <message>
        <source>30 ms</source>
        <translation>30 ms</translation>
    </message>
    <message>
        <source>40 ms</source>
        <translation>40 ms</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>A camera, or a video file or stream URL</source>
        <translation>Eine Kamera, eine Videodatei oder eine Stream-URL</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>The monitor or window the assistant sees</source>
        <translation>Der Monitor oder das Fenster, das der Assistent sieht</translation>
    </message>
    <message>
        <source>Shared window</source>
        <translation>Geteiltes Fenster</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>Override for proxies and tests; empty: Google&apos;s</source>
        <translation>Überschreibung für Proxys und Tests; leer: der von Google</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>v1beta (recommended)</source>
        <translation>v1beta (empfohlen)</translation>
    </message>
    <message>
        <source>v1alpha (preview features)</source>
        <translation>v1alpha (Vorschaufunktionen)</translation>
    </message>
    <message>
        <source>v1 (stable features only)</source>
        <translation>v1 (nur stabile Funktionen)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>PEM file to trust for the custom endpoint, besides the system&apos;s (corporate proxies, tests)</source>
        <translation>PEM-Datei, der beim eigenen Endpunkt zusätzlich zu denen des Systems vertraut wird (Firmen-Proxys, Tests)</translation>
    </message>
    <message>
        <source>Trust only that CA file</source>
        <translation>Nur dieser CA-Datei vertrauen</translation>
    </message>
    <message>
        <source>For the custom endpoint: trust the CA file alone, not the system&apos;s certificates</source>
        <translation>Für den eigenen Endpunkt: nur der CA-Datei vertrauen, nicht den Zertifikaten des Systems</translation>
    </message>
    <message>
        <source>First-run walkthrough finished</source>
        <translation>Einrichtungsassistent abgeschlossen</translation>
    </message>
    <message>
        <source>{value} is not a yes/no value</source>
        <translation>{value} ist kein Ja/Nein-Wert</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} liegt unter {minimum}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} liegt über {maximum}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>NutriVoice settings</source>
        <translation>NutriVoice-Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Voice &amp; audio</source>
        <translation>Stimme &amp; Audio</translation>
    </message>
    <message>
        <source>Camera &amp; screen</source>
        <translation>Kamera &amp; Bildschirm</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>Tontest</translation>
    </message>
    <message>
        <source>Your body data, weight goal and daily targets are in Profile &amp; goals. The assistant uses them to plan your meals.</source>
        <translation>Deine Körperdaten, dein Gewichtsziel und deine Tagesziele findest du unter Profil &amp; Ziele. Der Assistent nutzt sie, um deine Mahlzeiten zu planen.</translation>
    </message>
    <message>
        <source>Open Profile &amp;&amp; goals…</source>
        <translation>Profil &amp;&amp; Ziele öffnen…</translation>
    </message>
    <message>
        <source>The cameras could not be listed: {problem}</source>
        <translation>Die Kameras konnten nicht aufgelistet werden: {problem}</translation>
    </message>
    <message>
        <source>The screens could not be listed: {problem}</source>
        <translation>Die Bildschirme konnten nicht aufgelistet werden: {problem}</translation>
    </message>
    <message>
        <source>For proxies, tests and troubleshooting. The defaults suit almost everyone.</source>
        <translation>Für Proxys, Tests und Fehlersuche. Die Standardwerte passen für fast alle.</translation>
    </message>
    <message>
        <source>Applies when you next press Start.</source>
        <translation>Gilt, sobald du das nächste Mal auf „Start“ drückst.</translation>
    </message>
    <message>
        <source>Applies when you restart NutriVoice.</source>
        <translation>Gilt nach einem Neustart von NutriVoice.</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The sound devices could not be listed: {problem}</source>
        <translation>Die Audiogeräte konnten nicht aufgelistet werden: {problem}</translation>
    </message>
    <message>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Talk while held (the Hold to talk button has focus)</source>
        <translation>Sprechen, solange die Taste gehalten wird (die Schaltfläche „Zum Sprechen halten“ hat den Fokus)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Plays a short tone on the speaker and shows what the microphone hears</source>
        <translation>Spielt einen kurzen Ton über den Lautsprecher ab und zeigt, was das Mikrofon hört</translation>
    </message>
    <message>
        <source>The sound check is not available here.</source>
        <translation>Der Tontest ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Stop the conversation to test: it is using the microphone and the speaker.</source>
        <translation>Beende die Unterhaltung, um zu testen: Sie nutzt gerade das Mikrofon und den Lautsprecher.</translation>
    </message>
    <message>
        <source>Playing a tone… now say something.</source>
        <translation>Ton wird abgespielt… sag jetzt etwas.</translation>
    </message>
    <message>
        <source>The sound check could not run: {problem}</source>
        <translation>Der Tontest konnte nicht ausgeführt werden: {problem}</translation>
    </message>
    <message>
        <source>A tone played on the speaker: if you did not hear it, choose another speaker or turn the volume up.</source>
        <translation>Über den Lautsprecher wurde ein Ton abgespielt: Falls du ihn nicht gehört hast, wähle einen anderen Lautsprecher oder dreh die Lautstärke auf.</translation>
    </message>
    <message>
        <source>Heard you: the microphone works.</source>
        <translation>Gehört: Das Mikrofon funktioniert.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it may be muted, switched off or not the one you speak into.</source>
        <translation>Kein Ton vom Mikrofon: Es ist vielleicht stummgeschaltet, ausgeschaltet oder nicht das, in das du sprichst.</translation>
    </message>
    <message>
        <source>The microphone is very quiet: speak closer to it or turn its volume up.</source>
        <translation>Das Mikrofon ist sehr leise: Sprich näher daran oder dreh seine Lautstärke auf.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Nothing was deleted: the damaged file was kept as {file}.</source>
        <translation>Nichts wurde gelöscht: Die beschädigte Datei wurde als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation>Protokoll: {file}</translation>
    </message>
    <message>
        <source>Restore the backup of {day}</source>
        <translation>Sicherung vom {day} wiederherstellen</translation>
    </message>
    <message>
        <source>Start an empty diary</source>
        <translation>Leeres Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Hold to talk</source>
        <translation>Zum Sprechen halten</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title}: {summary}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: {title}</source>
        <translation>Rückgängig: {title}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>the day a card is about</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>for {day} · {time}</source>
        <translation>für {day} · {time}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show NutriVoice</source>
        <translation>NutriVoice anzeigen</translation>
    </message>
    <message>
        <source>Start talking</source>
        <translation>Sprechen starten</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation>Sprechen beenden</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Kamera nicht mehr teilen</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Bildschirm nicht mehr teilen</translation>
    </message>
    <message>
        <source>The camera is shared with Gemini.</source>
        <translation>Die Kamera wird mit Gemini geteilt.</translation>
    </message>
    <message>
        <source>The screen is shared with Gemini.</source>
        <translation>Der Bildschirm wird mit Gemini geteilt.</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>Not talking</source>
        <translation>Kein Gespräch</translation>
    </message>
    <message>
        <source>Press Start ({start}) to talk.</source>
        <translation>Drück auf „Start“ ({start}), um zu sprechen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>One moment.</source>
        <translation>Einen Moment.</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Just talk.</source>
        <translation>Sprich einfach.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Hold {hotkey} or the Hold to talk button while you speak.</source>
        <translation>Halte beim Sprechen {hotkey} oder die Schaltfläche „Zum Sprechen halten“ gedrückt.</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Leg los</translation>
    </message>
    <message>
        <source>Release when you are done.</source>
        <translation>Lass los, wenn du fertig bist.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Working on your answer.</source>
        <translation>Deine Antwort wird vorbereitet.</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <source>Talk to interrupt.</source>
        <translation>Sprich, um zu unterbrechen.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Your microphone is off. {mute} turns it on.</source>
        <translation>Dein Mikrofon ist aus. {mute} schaltet es ein.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde neu…</translation>
    </message>
    <message>
        <source>Keep talking; nothing is lost.</source>
        <translation>Sprich weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>See the message above. Press Start ({start}) to try again.</source>
        <translation>Siehe die Meldung oben. Drück auf „Start“ ({start}), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Voice state</source>
        <translation>Sprachstatus</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Welcome to NutriVoice</source>
        <translation>Willkommen bei NutriVoice</translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <source>Weight trend</source>
        <translation>Gewichtstrend</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a weight</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <source>trend {kg} kg</source>
        <translation>Trend {kg} kg</translation>
    </message>
    <message>
        <source>No weights logged yet</source>
        <translation>Noch kein Gewicht eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</source>
        <translation>
            <numerusform>%n Gewichtswert von {first} bis {last}; zuletzt {latest} kg, Trend {trend} kg. Mit den Pfeiltasten nach links und rechts gehst du die einzelnen Werte durch.</numerusform>
            <numerusform>%n Gewichtswerte von {first} bis {last}; zuletzt {latest} kg, Trend {trend} kg. Mit den Pfeiltasten nach links und rechts gehst du die einzelnen Werte durch.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format on the weight chart</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Log your weight to see its trend here.</source>
        <translation>Trag dein Gewicht ein, um hier seinen Verlauf zu sehen.</translation>
    </message>
</context>
</TS>

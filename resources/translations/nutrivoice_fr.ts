<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Gemini API key</source>
        <translation>Clé API Gemini</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Forget the key stored in your system keyring</source>
        <translation>Oublier la clé stockée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Using GEMINI_API_KEY from the environment</source>
        <translation>GEMINI_API_KEY utilisée depuis l&apos;environnement</translation>
    </message>
    <message>
        <source>The key comes from the GEMINI_API_KEY environment variable, which wins over a stored one: to remove it, unset it where it is set.</source>
        <translation>La clé provient de la variable d&apos;environnement GEMINI_API_KEY, prioritaire sur une clé stockée&#xa0;: pour la supprimer, retirez-la là où elle est définie.</translation>
    </message>
    <message>
        <source>No secure keyring available</source>
        <translation>Aucun trousseau sécurisé disponible</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>A key is stored in your keyring (type to replace it)</source>
        <translation>Une clé est stockée dans votre trousseau (saisissez-en une autre pour la remplacer)</translation>
    </message>
    <message>
        <source>Paste your key from aistudio.google.com/apikey</source>
        <translation>Collez votre clé depuis aistudio.google.com/apikey</translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation>Supprimer la clé API&#xa0;?</translation>
    </message>
    <message>
        <source>NutriVoice will forget the key stored in your system keyring. To talk to the assistant again you will need to paste a key.</source>
        <translation>NutriVoice va oublier la clé stockée dans le trousseau du système. Pour parler de nouveau à l&apos;assistant, vous devrez coller une clé.</translation>
    </message>
    <message>
        <source>Removing the key from your keyring…</source>
        <translation>Suppression de la clé du trousseau…</translation>
    </message>
    <message>
        <source>The key was removed from your keyring.</source>
        <translation>La clé a été supprimée du trousseau.</translation>
    </message>
</context>
<context>
    <name>AudioDevicePicker</name>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Sedentary (little or no exercise)</source>
        <translation>Sédentaire (peu ou pas d&apos;exercice)</translation>
    </message>
    <message>
        <source>Light (exercise 1-3 days a week)</source>
        <translation>Légère (exercice 1 à 3 jours par semaine)</translation>
    </message>
    <message>
        <source>Moderate (exercise 3-5 days a week)</source>
        <translation>Modérée (exercice 3 à 5 jours par semaine)</translation>
    </message>
    <message>
        <source>Active (exercise 6-7 days a week)</source>
        <translation>Active (exercice 6 à 7 jours par semaine)</translation>
    </message>
    <message>
        <source>Very active (hard daily exercise or a physical job)</source>
        <translation>Très active (exercice intense quotidien ou travail physique)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Used only by the resting-energy formula</source>
        <translation>Utilisé uniquement par la formule du métabolisme de base</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>CameraCombo</name>
    <message>
        <source>Video file or stream URL…</source>
        <translation>Fichier vidéo ou URL de flux…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Caméra {number}</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name} (caméra {number})</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>Caméra {number} (non connectée)</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Choose a video file</source>
        <translation>Choisir un fichier vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mkv *.webm *.avi *.mov);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A video file or a stream URL (rtsp://…, http://…)</source>
        <translation>Un fichier vidéo ou une URL de flux (rtsp://…, http://…)</translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation>Fichier vidéo ou URL de flux</translation>
    </message>
    <message>
        <source>type a video file or stream URL, or choose a camera</source>
        <translation>saisissez un fichier vidéo ou une URL de flux, ou choisissez une caméra</translation>
    </message>
</context>
<context>
    <name>CardColumn</name>
    <message>
        <source>Tool results</source>
        <translation>Résultats des outils</translation>
    </message>
    <message>
        <source>Results of what the assistant does — meals rebalanced, food logged, swaps — appear here.</source>
        <translation>Les résultats des actions de l&apos;assistant — repas rééquilibrés, aliments enregistrés, substitutions — s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color: gray&apos;&gt;Press &lt;b&gt;Start&lt;/b&gt; (Ctrl+Return) and talk: “I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, “I walked 40 minutes”…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color: gray&apos;&gt;Appuyez sur &lt;b&gt;Démarrer&lt;/b&gt; (Ctrl+Return) et parlez&#xa0;: «&#xa0;J&apos;ai sauté le petit-déjeuner&#xa0;», «&#xa0;J&apos;ai mangé un croissant&#xa0;», «&#xa0;remplace le beurre par de l&apos;huile d&apos;olive&#xa0;», «&#xa0;J&apos;ai marché 40 minutes&#xa0;»…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{time} · interrupted</source>
        <translation>{time} · interrompu</translation>
    </message>
</context>
<context>
    <name>DayDashboard</name>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>Le carnet n&apos;a pas pu être lu pour le moment.</translation>
    </message>
    <message>
        <source>Today&apos;s calories</source>
        <translation>Calories du jour</translation>
    </message>
    <message>
        <source>Eaten against today&apos;s targets</source>
        <translation>Consommé par rapport aux objectifs du jour</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>Lecture du carnet…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history range</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) of history</source>
        <translation>
            <numerusform>Afficher %n jour d&apos;historique</numerusform>
            <numerusform>Afficher %n jours d&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>protein</source>
        <translation>protéines</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>glucides</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>lipides</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten (+{activity} from activity)</source>
        <translation>&lt;b&gt;{eaten}&lt;/b&gt; sur {budget} kcal consommées (+{activity} grâce à l&apos;activité)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten</source>
        <translation>&lt;b&gt;{eaten}&lt;/b&gt; sur {budget} kcal consommées</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal left</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal restantes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal over</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal en trop</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>objectif atteint pile</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Replies started after</source>
        <translation>Début des réponses après</translation>
    </message>
    <message>
        <source>Reconnects this run</source>
        <translation>Reconnexions depuis le lancement</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>last {last:.2f} s · median {median:.2f} s of {n}</source>
        <translation>dernière {last:.2f} s · médiane {median:.2f} s sur {n}</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>CSV (spreadsheets; can be imported back)</source>
        <translation>CSV (tableurs&#xa0;; peut être réimporté)</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>Exporter le carnet</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Tout ce qui a été enregistré</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Exportation impossible&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Food</source>
        <translation>Aliment</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>Protéines (g)</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>Glucides (g)</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>Lipides (g)</translation>
    </message>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>Le carnet n&apos;a pas pu être lu pour le moment.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Jour précédent (Alt+Left)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Jour suivant (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Entrées du carnet</translation>
    </message>
    <message>
        <source>New amount in grams</source>
        <translation>Nouvelle quantité en grammes</translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation>Définir la quantité</translation>
    </message>
    <message>
        <source>Move to meal</source>
        <translation>Déplacer vers le repas</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Supprimer l&apos;entrée sélectionnée (Delete)</translation>
    </message>
    <message>
        <source>Log again today</source>
        <translation>Enregistrer de nouveau aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{meal} · missed</source>
        <translation>{meal} · sauté</translation>
    </message>
    <message>
        <source>{eaten} of {target}</source>
        <translation>{eaten} sur {target}</translation>
    </message>
    <message>
        <source>Activity: {activity}</source>
        <translation>Activité&#xa0;: {activity}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Nothing logged this day yet.</source>
        <translation>Rien d&apos;enregistré ce jour-là pour l&apos;instant.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of the day shown</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day}: {eaten} of {budget} kcal eaten · &lt;b&gt;{left}&lt;/b&gt;</source>
        <translation>{day}&#xa0;: {eaten} sur {budget} kcal consommées · &lt;b&gt;{left}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
</context>
<context>
    <name>EnlargedPreview</name>
    <message>
        <source>What Gemini sees</source>
        <translation>Ce que voit Gemini</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>FirstQuestionPage</name>
    <message>
        <source>“I skipped breakfast today, fix my plan.”</source>
        <translation>«&#xa0;J&apos;ai sauté le petit-déjeuner aujourd&apos;hui, ajuste mon plan.&#xa0;»</translation>
    </message>
    <message>
        <source>“I had a croissant at 11.”</source>
        <translation>«&#xa0;J&apos;ai mangé un croissant à 11 h.&#xa0;»</translation>
    </message>
    <message>
        <source>“What can I use instead of 30 grams of butter?”</source>
        <translation>«&#xa0;Par quoi remplacer 30 grammes de beurre&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>“I cycled for 45 minutes.”</source>
        <translation>«&#xa0;J&apos;ai fait 45 minutes de vélo.&#xa0;»</translation>
    </message>
    <message>
        <source>“How much protein do I have left today?”</source>
        <translation>«&#xa0;Combien de protéines me reste-t-il aujourd&apos;hui&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayez</translation>
    </message>
    <message>
        <source>Press Start in the main window and just talk. For example:</source>
        <translation>Appuyez sur Démarrer dans la fenêtre principale et parlez, tout simplement. Par exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Interrupt any time: the assistant stops and listens.</source>
        <translation>Interrompez à tout moment&#xa0;: l&apos;assistant s&apos;arrête et écoute.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Calorie history</source>
        <translation>Historique des calories</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a day in the calorie history</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <source>Target {kcal} kcal</source>
        <translation>Objectif {kcal} kcal</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>{kcal} kcal over target</source>
        <translation>{kcal} kcal au-dessus de l&apos;objectif</translation>
    </message>
    <message>
        <source>{kcal} kcal under target</source>
        <translation>{kcal} kcal en dessous de l&apos;objectif</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Eaten {kcal} kcal</source>
        <translation>{kcal} kcal consommées</translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %n day(s) yet.</source>
        <translation>
            <numerusform>Rien d&apos;enregistré sur %n jour pour l&apos;instant.</numerusform>
            <numerusform>Rien d&apos;enregistré sur les %n derniers jours pour l&apos;instant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {kcal} kcal over %n logged day(s)</source>
        <translation>
            <numerusform>Moyenne de {kcal} kcal sur %n jour enregistré</numerusform>
            <numerusform>Moyenne de {kcal} kcal sur %n jours enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over target</source>
        <translation>
            <numerusform>%n jour au-dessus de l&apos;objectif</numerusform>
            <numerusform>%n jours au-dessus de l&apos;objectif</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} Use the Left and Right arrow keys to read each day.</source>
        <translation>{summary} Utilisez les flèches gauche et droite pour lire chaque jour.</translation>
    </message>
    <message>
        <source>target
{kcal}</source>
        <translation>objectif
{kcal}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format under the calorie history</comment>
        <translation>d MMM</translation>
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
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
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
        <translation>Appuyez sur les touches… (Esc annule, Retour arrière efface)</translation>
    </message>
    <message>
        <source>None: click here and press the keys</source>
        <translation>Aucun&#xa0;: cliquez ici et appuyez sur les touches</translation>
    </message>
    <message>
        <source>That key cannot be part of a hotkey. Try a letter, a number, Space or a function key.</source>
        <translation>Cette touche ne peut pas faire partie d&apos;un raccourci. Essayez une lettre, un chiffre, Espace ou une touche de fonction.</translation>
    </message>
    <message>
        <source>Add Ctrl or Alt: a hotkey without them would fire whenever you type that key in any app.</source>
        <translation>Ajoutez Ctrl ou Alt&#xa0;: sans eux, le raccourci se déclencherait chaque fois que vous tapez cette touche dans n&apos;importe quelle application.</translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <source>Something went wrong inside {app} ({error}). It goes on, but what it was doing may be incomplete; the diary keeps only whole changes.</source>
        <translation>Un problème est survenu dans {app} ({error}). L&apos;application continue, mais ce qu&apos;elle faisait est peut-être incomplet&#xa0;; le carnet ne conserve que des modifications complètes.</translation>
    </message>
    <message>
        <source>If it happens again, send the log to the developers: {file}</source>
        <translation>Si cela se reproduit, envoyez le journal aux développeurs&#xa0;: {file}</translation>
    </message>
    <message>
        <source>An internal error</source>
        <translation>Une erreur interne</translation>
    </message>
    <message>
        <source>{app}: an internal error</source>
        <translation>{app}&#xa0;: une erreur interne</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your Gemini API key</source>
        <translation>Votre clé API Gemini</translation>
    </message>
    <message>
        <source>NutriVoice talks to Google&apos;s Gemini Live API with your own key. It is stored in your system keyring, never in a file.</source>
        <translation>NutriVoice communique avec l&apos;API Gemini Live de Google à l&apos;aide de votre propre clé. Elle est stockée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Get a free key at &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</source>
        <translation>Obtenez une clé gratuite sur &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
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
        <translation>{label} {value} sur {target}</translation>
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
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or stop the conversation</source>
        <translation>Démarrer ou arrêter la conversation</translation>
    </message>
    <message>
        <source>Start or stop talking (Ctrl+Return)</source>
        <translation>Commencer ou arrêter de parler (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone (Ctrl+M)</source>
        <translation>Couper ou rétablir le microphone (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Couper le microphone</translation>
    </message>
    <message>
        <source>Start or stop talking</source>
        <translation>Commencer ou arrêter de parler</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Couper ou rétablir le micro</translation>
    </message>
    <message>
        <source>What the assistant can see</source>
        <translation>Ce que l&apos;assistant peut voir</translation>
    </message>
    <message>
        <source>Assistant voice</source>
        <translation>Voix de l&apos;assistant</translation>
    </message>
    <message>
        <source>Or type a message and press Enter</source>
        <translation>Ou tapez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Tapez un message</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Results and diary</source>
        <translation>Résultats et carnet</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>Co&amp;pier la conversation</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>Exporter le &amp;carnet…</translation>
    </message>
    <message>
        <source>&amp;Import diary…</source>
        <translation>&amp;Importer un carnet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo diary change</source>
        <translation>&amp;Annuler la modification du carnet</translation>
    </message>
    <message>
        <source>Undo the newest change of the day the diary shows (Ctrl+Z)</source>
        <translation>Annuler la dernière modification du jour affiché dans le carnet (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo diary change</source>
        <translation>&amp;Rétablir la modification du carnet</translation>
    </message>
    <message>
        <source>Show the &amp;diary</source>
        <translation>Afficher le &amp;carnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>First-run &amp;walkthrough…</source>
        <translation>&amp;Visite guidée du premier lancement…</translation>
    </message>
    <message>
        <source>&amp;Profile &amp;&amp; goals…</source>
        <translation>P&amp;rofil &amp;&amp; objectifs…</translation>
    </message>
    <message>
        <source>Saved &amp;meals…</source>
        <translation>Repas &amp;mémorisés…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About {app}…</source>
        <translation>À &amp;propos de {app}…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Connection lost at {time}; reconnecting…</source>
        <translation>Connexion perdue à {time}&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>Reconnected after {seconds:.0f} s.</source>
        <translation>Reconnecté après {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>Start the conversation first.</source>
        <translation>Démarrez d&apos;abord la conversation.</translation>
    </message>
    <message>
        <source>Press Start (Ctrl+Return).</source>
        <translation>Appuyez sur Démarrer (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le micro</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you next press Start.</source>
        <translation>{setting}&#xa0;: cette modification s&apos;appliquera au prochain appui sur Démarrer.</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you restart NutriVoice.</source>
        <translation>{setting}&#xa0;: cette modification s&apos;appliquera au redémarrage de NutriVoice.</translation>
    </message>
    <message>
        <source>Use a desktop shortcut for `nutrivoice --toggle-talk` instead.</source>
        <translation>Utilisez plutôt un raccourci du bureau pour `nutrivoice --toggle-talk`.</translation>
    </message>
    <message>
        <source>The push-to-talk hotkey is off</source>
        <translation>Le raccourci «&#xa0;appuyer pour parler&#xa0;» est désactivé</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>A voice-first nutrition assistant.

Food data: {food}

Activity data: {activity}

Default servings for dishes follow the FDA&apos;s Reference Amounts Customarily Consumed (21 CFR 101.12); see docs/SERVINGS.md.</source>
        <translation>Un assistant nutritionnel à commande vocale.

Données alimentaires&#xa0;: {food}

Données d&apos;activité&#xa0;: {activity}

Les portions par défaut des plats suivent les Reference Amounts Customarily Consumed de la FDA (21 CFR 101.12)&#xa0;; voir docs/SERVINGS.md.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texte (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Diary saved to {path} (%n days)</source>
        <translation>
            <numerusform>Carnet enregistré dans {path} (%n jour)</numerusform>
            <numerusform>Carnet enregistré dans {path} (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import diary</source>
        <translation>Importer un carnet</translation>
    </message>
    <message>
        <source>NutriVoice diary CSV (*.csv)</source>
        <translation>Carnet NutriVoice CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Could not import the diary</source>
        <translation>Impossible d&apos;importer le carnet</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) of the diary (Ctrl+Z undoes a day).</source>
        <translation>
            <numerusform>%n jour du carnet importé (Ctrl+Z annule un jour).</numerusform>
            <numerusform>%n jours du carnet importés (Ctrl+Z annule un jour).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Conversation saved to {path}</source>
        <translation>Conversation enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Conversation copied</source>
        <translation>Conversation copiée</translation>
    </message>
    <message>
        <source>Still running in the tray. Use Quit to exit.</source>
        <translation>Toujours active dans la zone de notification. Utilisez Quitter pour fermer l&apos;application.</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>la caméra</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>l&apos;écran</translation>
    </message>
    <message>
        <source>Keep sharing?</source>
        <translation>Continuer le partage&#xa0;?</translation>
    </message>
    <message>
        <source>Your {what} is shared with Gemini. Keep sharing while NutriVoice is in the tray?</source>
        <translation>Vous partagez {what} avec Gemini. Continuer le partage pendant que NutriVoice est dans la zone de notification&#xa0;?</translation>
    </message>
    <message>
        <source>Stop sharing and hide</source>
        <translation>Arrêter le partage et masquer</translation>
    </message>
    <message>
        <source>Keep sharing and hide</source>
        <translation>Continuer le partage et masquer</translation>
    </message>
</context>
<context>
    <name>Meals</name>
    <message>
        <source>Breakfast</source>
        <translation>Petit-déjeuner</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Dîner</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>En-cas</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Ignorer (Esc)</translation>
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
        <translation>Depuis {time}. Plus de détails dans le journal&#xa0;: {log}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unlock your keyring, then press Start.</source>
        <translation>Déverrouillez votre trousseau, puis appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Cannot read the API key</source>
        <translation>Impossible de lire la clé API</translation>
    </message>
    <message>
        <source>NutriVoice needs a Gemini API key to talk.</source>
        <translation>NutriVoice a besoin d&apos;une clé API Gemini pour parler.</translation>
    </message>
    <message>
        <source>Open Settings and paste your key from Google AI Studio.</source>
        <translation>Ouvrez les paramètres et collez votre clé obtenue sur Google AI Studio.</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Pas encore de clé API</translation>
    </message>
    <message>
        <source>The microphone pauses while the assistant speaks; headphones help.</source>
        <translation>Le micro se coupe pendant que l&apos;assistant parle&#xa0;; un casque aide.</translation>
    </message>
    <message>
        <source>Echo cancellation is off</source>
        <translation>L&apos;annulation d&apos;écho est désactivée</translation>
    </message>
    <message>
        <source>You can still type to the assistant; fix the device in Settings.</source>
        <translation>Vous pouvez toujours écrire à l&apos;assistant&#xa0;; corrigez le périphérique dans les paramètres.</translation>
    </message>
    <message>
        <source>Audio device problem</source>
        <translation>Problème de périphérique audio</translation>
    </message>
    <message>
        <source>The microphone stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>Le microphone ne transmet plus de son (débranché ou utilisé par une autre application&#xa0;?).</translation>
    </message>
    <message>
        <source>The speaker stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>Le haut-parleur ne diffuse plus de son (débranché ou utilisé par une autre application&#xa0;?).</translation>
    </message>
    <message>
        <source>The microphone stopped</source>
        <translation>Le microphone s&apos;est arrêté</translation>
    </message>
    <message>
        <source>The speaker stopped</source>
        <translation>Le haut-parleur s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Plug it back in or choose another in Settings, then press Start again. You can keep typing meanwhile.</source>
        <translation>Rebranchez-le ou choisissez-en un autre dans les paramètres, puis appuyez de nouveau sur Démarrer. Vous pouvez continuer à écrire en attendant.</translation>
    </message>
    <message>
        <source>Check the camera or screen setting.</source>
        <translation>Vérifiez le réglage de la caméra ou de l&apos;écran.</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>Partage arrêté</translation>
    </message>
    <message>
        <source>Gemini sent something unreadable</source>
        <translation>Gemini a envoyé un message illisible</translation>
    </message>
    <message>
        <source>The app could not read {what}.</source>
        <translation>L&apos;application n&apos;a pas pu lire&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Reconnecting; the conversation is kept.</source>
        <translation>Reconnexion&#xa0;; la conversation est conservée.</translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation>Le service a refusé la connexion</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}.</source>
        <translation>Le serveur a répondu HTTP {status}.</translation>
    </message>
    <message>
        <source>Check the API endpoint in Settings, or try again later.</source>
        <translation>Vérifiez le point de terminaison de l&apos;API dans les paramètres, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot verify the server</source>
        <translation>Impossible de vérifier le serveur</translation>
    </message>
    <message>
        <source>The TLS certificate was not trusted ({why}).</source>
        <translation>Le certificat TLS n&apos;a pas été reconnu comme fiable ({why}).</translation>
    </message>
    <message>
        <source>If a proxy inspects your traffic, enter the API endpoint and the proxy&apos;s CA file in Settings; otherwise check your system clock.</source>
        <translation>Si un proxy inspecte votre trafic, indiquez le point de terminaison de l&apos;API et le fichier CA du proxy dans les paramètres&#xa0;; sinon, vérifiez l&apos;horloge du système.</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Le serveur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Gemini did not finish setting up the session in time.</source>
        <translation>Gemini n&apos;a pas fini de préparer la session à temps.</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection if this keeps happening.</source>
        <translation>Nouvelle tentative&#xa0;; vérifiez votre connexion Internet si cela se reproduit.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Could not reach Gemini ({why}).</source>
        <translation>Impossible de joindre Gemini ({why}).</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection.</source>
        <translation>Nouvelle tentative&#xa0;; vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>Press Start to try again; see the log for details.</source>
        <translation>Appuyez sur Démarrer pour réessayer&#xa0;; consultez le journal pour plus de détails.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Gemini did not accept the API key ({detail}).</source>
        <translation>Gemini n&apos;a pas accepté la clé API ({detail}).</translation>
    </message>
    <message>
        <source>Open Settings and paste a valid key from Google AI Studio.</source>
        <translation>Ouvrez les paramètres et collez une clé valide obtenue sur Google AI Studio.</translation>
    </message>
    <message>
        <source>The server sent more than expected</source>
        <translation>Le serveur a envoyé plus que prévu</translation>
    </message>
    <message>
        <source>The connection was reset ({detail}).</source>
        <translation>La connexion a été réinitialisée ({detail}).</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>Reconnexion automatique.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <source>The previous conversation could not be resumed.</source>
        <translation>La conversation précédente n&apos;a pas pu être reprise.</translation>
    </message>
    <message>
        <source>Starting a fresh session.</source>
        <translation>Démarrage d&apos;une nouvelle session.</translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation>Modèle indisponible</translation>
    </message>
    <message>
        <source>The model was rejected.</source>
        <translation>Le modèle a été refusé.</translation>
    </message>
    <message>
        <source>Choose another model in Settings.</source>
        <translation>Choisissez un autre modèle dans les paramètres.</translation>
    </message>
    <message>
        <source>Gemini ended the session</source>
        <translation>Gemini a mis fin à la session</translation>
    </message>
    <message>
        <source>Close code {code}.</source>
        <translation>Code de fermeture {code}.</translation>
    </message>
    <message>
        <source>Starting a fresh session: the diary is kept, the conversation so far is not.</source>
        <translation>Démarrage d&apos;une nouvelle session&#xa0;: le carnet est conservé, mais pas la conversation jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>Le serveur a fermé la session.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Reconnexion.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>Cannot set up the connection</source>
        <translation>Impossible d&apos;établir la connexion</translation>
    </message>
    <message>
        <source>Check the API endpoint and CA file in Settings.</source>
        <translation>Vérifiez le point de terminaison de l&apos;API et le fichier CA dans les paramètres.</translation>
    </message>
    <message>
        <source>Refreshing the connection…</source>
        <translation>Actualisation de la connexion…</translation>
    </message>
    <message>
        <source>Press Start to try again; check your internet connection if this keeps happening.</source>
        <translation>Appuyez sur Démarrer pour réessayer&#xa0;; vérifiez votre connexion Internet si cela se reproduit.</translation>
    </message>
    <message>
        <source>{problem}. Trying again in a moment…</source>
        <translation>{problem}. Nouvelle tentative dans un instant…</translation>
    </message>
    <message>
        <source>{problem}. Trying again in {seconds} s…</source>
        <translation>{problem}. Nouvelle tentative dans {seconds} s…</translation>
    </message>
    <message>
        <source>{old} is not available; this conversation goes on with {new}.</source>
        <translation>{old} n&apos;est pas disponible&#xa0;; cette conversation continue avec {new}.</translation>
    </message>
    <message>
        <source>{old} failed {times} times in a row; this conversation goes on with {new}.</source>
        <translation>{old} a échoué {times} fois de suite&#xa0;; cette conversation continue avec {new}.</translation>
    </message>
    <message>
        <source>Switched to another model</source>
        <translation>Passage à un autre modèle</translation>
    </message>
    <message>
        <source>To keep using another model, choose it in Settings.</source>
        <translation>Pour continuer à utiliser un autre modèle, choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>The connection seems to have stopped working.</source>
        <translation>La connexion semble ne plus fonctionner.</translation>
    </message>
    <message>
        <source>Gemini did not answer for {seconds} s</source>
        <translation>Gemini n&apos;a pas répondu pendant {seconds} s</translation>
    </message>
    <message>
        <source>Nothing came back from Gemini for {seconds} s</source>
        <translation>Gemini n&apos;a rien renvoyé pendant {seconds} s</translation>
    </message>
    <message>
        <source>The computer slept for {seconds} s</source>
        <translation>L&apos;ordinateur a été en veille pendant {seconds} s</translation>
    </message>
    <message>
        <source>Not connected. Press Start to talk.</source>
        <translation>Non connecté. Appuyez sur Démarrer pour parler.</translation>
    </message>
    <message>
        <source>Connecting to Gemini…</source>
        <translation>Connexion à Gemini…</translation>
    </message>
    <message>
        <source>Listening. Just talk.</source>
        <translation>À l&apos;écoute. Parlez, tout simplement.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Keep talking; nothing is lost.</source>
        <translation>Connexion perdue, reconnexion… Continuez à parler&#xa0;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Stopped because of a problem.</source>
        <translation>Arrêté à cause d&apos;un problème.</translation>
    </message>
    <message>
        <source>Couldn&apos;t {action}</source>
        <translation>Impossible de {action}</translation>
    </message>
    <message>
        <source>do that</source>
        <translation>faire cela</translation>
    </message>
    <message>
        <source>Audio is unavailable: PyAudio could not load ({problem}).</source>
        <translation>Audio indisponible&#xa0;: PyAudio n&apos;a pas pu être chargé ({problem}).</translation>
    </message>
    <message>
        <source>Microphone “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>Le microphone «&#xa0;{name}&#xa0;» n&apos;est pas connecté. Disponibles&#xa0;: {available}. Choisissez-en un autre dans les paramètres ou rebranchez-le.</translation>
    </message>
    <message>
        <source>Speaker “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>Le haut-parleur «&#xa0;{name}&#xa0;» n&apos;est pas connecté. Disponibles&#xa0;: {available}. Choisissez-en un autre dans les paramètres ou rebranchez-le.</translation>
    </message>
    <message>
        <source>Could not open the microphone ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>Impossible d&apos;ouvrir le microphone ({problem}). Vérifiez qu&apos;il est connecté et qu&apos;aucune autre application ne l&apos;utilise en exclusivité, ou choisissez-en un autre dans les paramètres.</translation>
    </message>
    <message>
        <source>Could not open the speaker ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>Impossible d&apos;ouvrir le haut-parleur ({problem}). Vérifiez qu&apos;il est connecté et qu&apos;aucune autre application ne l&apos;utilise en exclusivité, ou choisissez-en un autre dans les paramètres.</translation>
    </message>
    <message>
        <source>Global hotkeys are not available on Wayland: Wayland does not let apps listen to the keyboard. Use the Hold to talk button, or log in with an X11 session.</source>
        <translation>Les raccourcis globaux ne sont pas disponibles sous Wayland&#xa0;: Wayland ne permet pas aux applications d&apos;écouter le clavier. Utilisez le bouton «&#xa0;Maintenir pour parler&#xa0;» ou ouvrez une session X11.</translation>
    </message>
    <message>
        <source>Global hotkeys need a graphical X11 session (no DISPLAY is set).</source>
        <translation>Les raccourcis globaux nécessitent une session graphique X11 (DISPLAY n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>Global hotkeys could not start ({problem}).</source>
        <translation>Les raccourcis globaux n&apos;ont pas pu démarrer ({problem}).</translation>
    </message>
    <message>
        <source>“{keys}” is not a valid key combination ({problem}). Choose it again in Settings.</source>
        <translation>«&#xa0;{keys}&#xa0;» n&apos;est pas une combinaison de touches valide ({problem}). Choisissez-la de nouveau dans les paramètres.</translation>
    </message>
    <message>
        <source>Camera {camera} could not be opened. Check that it is connected and not in use by another app, or choose another camera in Settings.</source>
        <translation>La caméra {camera} n&apos;a pas pu être ouverte. Vérifiez qu&apos;elle est connectée et qu&apos;aucune autre application ne l&apos;utilise, ou choisissez une autre caméra dans les paramètres.</translation>
    </message>
    <message>
        <source>The screen cannot be captured here ({problem}). Screen sharing needs an X11 session (or XWayland access).</source>
        <translation>L&apos;écran ne peut pas être capturé ici ({problem}). Le partage d&apos;écran nécessite une session X11 (ou un accès XWayland).</translation>
    </message>
    <message>
        <source>The window chosen for sharing cannot be shared ({problem}). Choose another window or a monitor in Settings → Camera &amp; screen.</source>
        <translation>La fenêtre choisie ne peut pas être partagée ({problem}). Choisissez une autre fenêtre ou un moniteur dans Paramètres → Caméra &amp; écran.</translation>
    </message>
    <message>
        <source>The shared window was closed or minimised.</source>
        <translation>La fenêtre partagée a été fermée ou réduite.</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures (unplugged?).</source>
        <translation>La caméra ne transmet plus d&apos;images (débranchée&#xa0;?).</translation>
    </message>
    <message>
        <source>Sharing stopped: {problem}</source>
        <translation>Partage arrêté&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Restore the backup from {day}, or start an empty diary.</source>
        <translation>Restaurez la sauvegarde du {day}, ou commencez un carnet vide.</translation>
    </message>
    <message>
        <source>The diary file is damaged</source>
        <translation>Le fichier du carnet est endommagé</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged, and NutriVoice could not move it aside.</source>
        <translation>Le carnet situé dans {where} est endommagé, et NutriVoice n&apos;a pas pu le mettre de côté.</translation>
    </message>
    <message>
        <source>Copy that file somewhere safe, remove it, and start NutriVoice again.</source>
        <translation>Copiez ce fichier en lieu sûr, supprimez-le, puis relancez NutriVoice.</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged. NutriVoice moved it aside to {aside}, so nothing in it is lost.</source>
        <translation>Le carnet situé dans {where} est endommagé. NutriVoice l&apos;a mis de côté dans {aside}&#xa0;: rien de son contenu n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Start an empty diary; the damaged copy stays where it is in case it can be rescued.</source>
        <translation>Commencez un carnet vide&#xa0;; la copie endommagée reste à sa place au cas où elle pourrait être récupérée.</translation>
    </message>
    <message>
        <source>The diary is missing</source>
        <translation>Le carnet est introuvable</translation>
    </message>
    <message>
        <source>There is no diary at {where}, but there is a backup of it from {day}.</source>
        <translation>Il n&apos;y a pas de carnet dans {where}, mais il en existe une sauvegarde du {day}.</translation>
    </message>
    <message>
        <source>The diary is from a newer NutriVoice</source>
        <translation>Le carnet provient d&apos;une version plus récente de NutriVoice</translation>
    </message>
    <message>
        <source>The diary at {where} was saved by a newer version of NutriVoice{because}.</source>
        <translation>Le carnet situé dans {where} a été enregistré par une version plus récente de NutriVoice{because}.</translation>
    </message>
    <message>
        <source>Update NutriVoice to open it. The diary was not changed.</source>
        <translation>Mettez NutriVoice à jour pour l&apos;ouvrir. Le carnet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The diary is read-only</source>
        <translation>Le carnet est en lecture seule</translation>
    </message>
    <message>
        <source>The diary is read-only: NutriVoice cannot save to {where}{because}.</source>
        <translation>Le carnet est en lecture seule&#xa0;: NutriVoice ne peut pas enregistrer dans {where}{because}.</translation>
    </message>
    <message>
        <source>Allow your user to write to that file and its folder (or move it off read-only media), then start NutriVoice again.</source>
        <translation>Autorisez votre utilisateur à écrire dans ce fichier et dans son dossier (ou déplacez-le hors d&apos;un support en lecture seule), puis relancez NutriVoice.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>The disk is full: NutriVoice could not set up the diary at {where}.</source>
        <translation>Le disque est plein&#xa0;: NutriVoice n&apos;a pas pu préparer le carnet dans {where}.</translation>
    </message>
    <message>
        <source>Free some space on that drive, then start NutriVoice again.</source>
        <translation>Libérez de l&apos;espace sur ce disque, puis relancez NutriVoice.</translation>
    </message>
    <message>
        <source>The diary is busy</source>
        <translation>Le carnet est occupé</translation>
    </message>
    <message>
        <source>Another program kept the diary at {where} locked for too long (another NutriVoice, or a &apos;nutrivoice tool&apos; command).</source>
        <translation>Un autre programme a gardé le carnet situé dans {where} verrouillé trop longtemps (une autre instance de NutriVoice, ou une commande &apos;nutrivoice tool&apos;).</translation>
    </message>
    <message>
        <source>Close the other NutriVoice or wait for the command to finish, then try again.</source>
        <translation>Fermez l&apos;autre instance de NutriVoice ou attendez la fin de la commande, puis réessayez.</translation>
    </message>
    <message>
        <source>NutriVoice cannot reach the diary</source>
        <translation>NutriVoice ne peut pas accéder au carnet</translation>
    </message>
    <message>
        <source>NutriVoice cannot open the diary at {where}{because}.</source>
        <translation>NutriVoice ne peut pas ouvrir le carnet situé dans {where}{because}.</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it, and that its drive is connected; then start NutriVoice again.</source>
        <translation>Vérifiez que le dossier existe, que vous pouvez y écrire et que son disque est connecté&#xa0;; puis relancez NutriVoice.</translation>
    </message>
    <message>
        <source>Mifflin-St Jeor equation (Am J Clin Nutr 1990;51:241-7) × activity factor; about 7,700 kcal per kg for a goal; macro shares within the Acceptable Macronutrient Distribution Ranges (IOM 2005).</source>
        <translation>Équation de Mifflin-St Jeor (Am J Clin Nutr 1990;51:241-7) × facteur d&apos;activité&#xa0;; environ 7&#xa0;700 kcal par kg pour un objectif&#xa0;; répartition des macronutriments dans les Acceptable Macronutrient Distribution Ranges (IOM 2005).</translation>
    </message>
    <message>
        <source>sedentary</source>
        <translation>sédentaire</translation>
    </message>
    <message>
        <source>light</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>very active</source>
        <translation>très active</translation>
    </message>
    <message>
        <source>Protein, carbs and fat shares must add up to 100 % (they add up to {split} %).</source>
        <translation>Les parts de protéines, de glucides et de lipides doivent totaliser 100 % (elles totalisent {split} %).</translation>
    </message>
    <message>
        <source>protein {protein} g, carbs {carbs} g, fat {fat} g</source>
        <translation>protéines {protein} g, glucides {carbs} g, lipides {fat} g</translation>
    </message>
    <message>
        <source>Set by hand: {kcal} kcal; {macros}.</source>
        <translation>Saisi à la main&#xa0;: {kcal} kcal&#xa0;; {macros}.</translation>
    </message>
    <message>
        <source>height</source>
        <translation>votre taille</translation>
    </message>
    <message>
        <source>age</source>
        <translation>votre âge</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>votre sexe</translation>
    </message>
    <message>
        <source>{kcal} kcal; {macros} (defaults: add your {missing} to compute targets from your body).</source>
        <translation>{kcal} kcal&#xa0;; {macros} (valeurs par défaut&#xa0;: renseignez {missing} pour calculer des objectifs adaptés à votre corps).</translation>
    </message>
    <message>
        <source> − {kcal} to lose {rate} kg a week</source>
        <translation> − {kcal} pour perdre {rate} kg par semaine</translation>
    </message>
    <message>
        <source> to keep your weight</source>
        <translation> pour maintenir votre poids</translation>
    </message>
    <message>
        <source> + {kcal} to gain {rate} kg a week</source>
        <translation> + {kcal} pour prendre {rate} kg par semaine</translation>
    </message>
    <message>
        <source> (raised to the {floor} kcal floor)</source>
        <translation> (relevé au plancher de {floor} kcal)</translation>
    </message>
    <message>
        <source>Resting {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % of energy).</source>
        <translation>Métabolisme de base {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}&#xa0;; {macros} ({protein} / {carbs} / {fat} % de l&apos;énergie).</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>petit-déjeuner</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>déjeuner</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>dîner</translation>
    </message>
    <message>
        <source>snacks</source>
        <translation>en-cas</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>eaten</source>
        <translation>consommé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{kcal} kcal left</source>
        <translation>{kcal} kcal restantes</translation>
    </message>
    <message>
        <source>{kcal} kcal over</source>
        <translation>{kcal} kcal en trop</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>objectif atteint pile</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month}</source>
        <translation>le {weekday} {day} {month}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} {year}</source>
        <translation>le {weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>protein</source>
        <translation>protéines</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>glucides</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>lipides</translation>
    </message>
    <message>
        <source>protein g</source>
        <translation>protéines (g)</translation>
    </message>
    <message>
        <source>carbs g</source>
        <translation>glucides (g)</translation>
    </message>
    <message>
        <source>fat g</source>
        <translation>lipides (g)</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Aliment</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>grammes</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Before kcal</source>
        <translation>kcal avant</translation>
    </message>
    <message>
        <source>After kcal</source>
        <translation>kcal après</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>Protéines (g)</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>Glucides (g)</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>Lipides (g)</translation>
    </message>
    <message>
        <source>{meal} (eaten)</source>
        <translation>{meal} (consommé)</translation>
    </message>
    <message>
        <source>{meal} (missed)</source>
        <translation>{meal} (sauté)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Profile change (not saved yet)</source>
        <translation>Modification du profil (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>Profil mis à jour</translation>
    </message>
    <message>
        <source>Diary entry removed</source>
        <translation>Entrée du carnet supprimée</translation>
    </message>
    <message>
        <source>Removed {amount} {food} ({kcal} kcal) from {meal}.</source>
        <translation>Supprimé — {meal}&#xa0;: {amount} {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>remove that entry</source>
        <translation>supprimer cette entrée</translation>
    </message>
    <message>
        <source>Saved meal deleted</source>
        <translation>Repas mémorisé supprimé</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>delete that saved meal</source>
        <translation>supprimer ce repas mémorisé</translation>
    </message>
    <message>
        <source>Diary entry changed</source>
        <translation>Entrée du carnet modifiée</translation>
    </message>
    <message>
        <source>Changed {food}: {changes}.</source>
        <translation>Modification de {food}&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>Changed {food}: nothing to change.</source>
        <translation>Modification de {food}&#xa0;: rien à changer.</translation>
    </message>
    <message>
        <source>change that entry</source>
        <translation>modifier cette entrée</translation>
    </message>
    <message>
        <source>Nutrition facts</source>
        <translation>Valeurs nutritionnelles</translation>
    </message>
    <message>
        <source>{amount} {food}: {kcal} kcal, {protein} g protein, {carbs} g carbs, {fat} g fat ({source}).</source>
        <translation>{amount} {food}&#xa0;: {kcal} kcal, {protein} g de protéines, {carbs} g de glucides, {fat} g de lipides ({source}).</translation>
    </message>
    <message>
        <source>Other matches below: ask which one is meant.</source>
        <translation>Autres correspondances ci-dessous&#xa0;: demandez laquelle est la bonne.</translation>
    </message>
    <message>
        <source>kcal / 100 g</source>
        <translation>kcal / 100 g</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>find that food</source>
        <translation>trouver cet aliment</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal plus {activity} from activity; {left}.</source>
        <translation>{day}&#xa0;: {eaten} sur {target} kcal consommées, plus {activity} grâce à l&apos;activité&#xa0;; {left}.</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal; {left}.</source>
        <translation>{day}&#xa0;: {eaten} sur {target} kcal consommées&#xa0;; {left}.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>target kcal</source>
        <translation>kcal cible</translation>
    </message>
    <message>
        <source>eaten kcal</source>
        <translation>kcal consommées</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Aujourd&apos;hui jusqu&apos;ici</translation>
    </message>
    <message>
        <source>sum up that day</source>
        <translation>résumer cette journée</translation>
    </message>
    <message>
        <source>Saved meals</source>
        <translation>Repas mémorisés</translation>
    </message>
    <message>
        <source>Saved meal</source>
        <translation>Repas mémorisé</translation>
    </message>
    <message>
        <source>foods</source>
        <translation>aliments</translation>
    </message>
    <message>
        <source>No saved meals yet.</source>
        <translation>Aucun repas mémorisé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>list the saved meals</source>
        <translation>lister les repas mémorisés</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>Activité enregistrée</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} net kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}&#xa0;: {minutes} min à {weight} kg brûlent environ {kcal} kcal nettes (MET {met})&#xa0;; ajoutées au budget {day}.</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}&#xa0;: {minutes} min à {weight} kg brûlent environ {kcal} kcal (MET {met})&#xa0;; ajoutées au budget {day}.</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>Brûlées</translation>
    </message>
    <message>
        <source>Remaining before</source>
        <translation>Restant avant</translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation>Restant maintenant</translation>
    </message>
    <message>
        <source>Compendium 2011, code {code}</source>
        <translation>Compendium 2011, code {code}</translation>
    </message>
    <message>
        <source>log that activity</source>
        <translation>noter cette activité</translation>
    </message>
    <message>
        <source>Food logged</source>
        <translation>Aliment enregistré</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal}.</source>
        <translation>Enregistré — {meal}&#xa0;: {amount} {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} {day}.</source>
        <translation>Enregistré — {meal}, {day}&#xa0;: {amount} {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>log that food</source>
        <translation>noter cet aliment</translation>
    </message>
    <message>
        <source>Saved meal logged</source>
        <translation>Repas mémorisé ajouté au carnet</translation>
    </message>
    <message>
        <source>Logged “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>Enregistré — {meal}&#xa0;: «&#xa0;{name}&#xa0;» ({kcal} kcal).</translation>
    </message>
    <message>
        <source>Logged {portions} × “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>Enregistré — {meal}&#xa0;: {portions} × «&#xa0;{name}&#xa0;» ({kcal} kcal).</translation>
    </message>
    <message>
        <source>log that saved meal</source>
        <translation>noter ce repas mémorisé</translation>
    </message>
    <message>
        <source>Weight logged</source>
        <translation>Poids enregistré</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg. {change} kg since {since}.</source>
        <translation>Poids {day}&#xa0;: {kg} kg. {change} kg depuis le {since}.</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg.</source>
        <translation>Poids {day}&#xa0;: {kg} kg.</translation>
    </message>
    <message>
        <source>log that weight</source>
        <translation>noter ce poids</translation>
    </message>
    <message>
        <source>Missed meal rebalanced</source>
        <translation>Repas sauté rééquilibré</translation>
    </message>
    <message>
        <source>Moved the missed {meal} ({kcal} kcal) into {meals}.</source>
        <translation>Repas sauté ({meal}, {kcal} kcal) réparti sur&#xa0;: {meals}.</translation>
    </message>
    <message>
        <source>{kcal} kcal did not fit without making a meal too large.</source>
        <translation>{kcal} kcal n&apos;ont pas pu être répartis sans rendre un repas trop copieux.</translation>
    </message>
    <message>
        <source>rebalance the missed meal</source>
        <translation>rééquilibrer le repas sauté</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Rétabli&#xa0;: {change}</translation>
    </message>
    <message>
        <source>redo that change</source>
        <translation>rétablir cette modification</translation>
    </message>
    <message>
        <source>Logged again</source>
        <translation>Enregistré de nouveau</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} again, as on {day}.</source>
        <translation>Enregistré de nouveau — {meal}&#xa0;: {amount} {food} ({kcal} kcal), comme le {day}.</translation>
    </message>
    <message>
        <source>log that again</source>
        <translation>noter cela de nouveau</translation>
    </message>
    <message>
        <source>Meal saved</source>
        <translation>Repas mémorisé</translation>
    </message>
    <message>
        <source>Updated “{name}”: {foods} — {kcal} kcal.</source>
        <translation>«&#xa0;{name}&#xa0;» mis à jour&#xa0;: {foods} — {kcal} kcal.</translation>
    </message>
    <message>
        <source>Saved “{name}”: {foods} — {kcal} kcal.</source>
        <translation>«&#xa0;{name}&#xa0;» mémorisé&#xa0;: {foods} — {kcal} kcal.</translation>
    </message>
    <message>
        <source>save that meal</source>
        <translation>mémoriser ce repas</translation>
    </message>
    <message>
        <source>lose {rate} kg a week</source>
        <translation>perdre {rate} kg par semaine</translation>
    </message>
    <message>
        <source>keep the weight</source>
        <translation>maintenir le poids</translation>
    </message>
    <message>
        <source>gain {rate} kg a week</source>
        <translation>prendre {rate} kg par semaine</translation>
    </message>
    <message>
        <source>protein {value}</source>
        <translation>protéines {value}</translation>
    </message>
    <message>
        <source>carbs {value}</source>
        <translation>glucides {value}</translation>
    </message>
    <message>
        <source>fat {value}</source>
        <translation>lipides {value}</translation>
    </message>
    <message>
        <source>computed targets</source>
        <translation>objectifs calculés</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif&#xa0;: {goal}</translation>
    </message>
    <message>
        <source>change the goal</source>
        <translation>changer l&apos;objectif</translation>
    </message>
    <message>
        <source>Ingredient swap</source>
        <translation>Substitution d&apos;ingrédient</translation>
    </message>
    <message>
        <source>Swap ideas</source>
        <translation>Idées de substitution</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap keeps the macros.</source>
        <translation>Utilisez {grams} g {new} au lieu de {amount} {old}&#xa0;: la substitution conserve les macronutriments.</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap is off by up to {error}% on one macro.</source>
        <translation>Utilisez {grams} g {new} au lieu de {amount} {old}&#xa0;: la substitution s&apos;écarte au plus de {error} % sur un macronutriment.</translation>
    </message>
    <message>
        <source>difference %</source>
        <translation>écart %</translation>
    </message>
    <message>
        <source>Swaps for {amount} {food}: {options}</source>
        <translation>Substitutions pour {amount} {food}&#xa0;: {options}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>max error %</source>
        <translation>écart max. %</translation>
    </message>
    <message>
        <source>find a swap</source>
        <translation>trouver une substitution</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Annulé&#xa0;: {change}</translation>
    </message>
    <message>
        <source>undo that change</source>
        <translation>revenir sur cette modification</translation>
    </message>
    <message>
        <source>Unplanned food compensated</source>
        <translation>Aliment imprévu compensé</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) and trimmed {meals}.</source>
        <translation>Enregistré&#xa0;: {amount} {food} ({kcal} kcal)&#xa0;; repas réduits&#xa0;: {meals}.</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day will end about that much over.</source>
        <translation>Les repas restants ne peuvent pas absorber {kcal} kcal&#xa0;: la journée se terminera avec environ {kcal} kcal en trop.</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day ended about that much over.</source>
        <translation>Les repas restants ne peuvent pas absorber {kcal} kcal&#xa0;: la journée s&apos;est terminée avec environ {kcal} kcal en trop.</translation>
    </message>
    <message>
        <source>Meal plan changed</source>
        <translation>Plan des repas modifié</translation>
    </message>
    <message>
        <source>{meal} {share} at {time}</source>
        <translation>{meal} {share} à {time}</translation>
    </message>
    <message>
        <source>Meal plan from tomorrow (and today&apos;s meals not eaten yet): {meals}.</source>
        <translation>Plan des repas à partir de demain (et pour les repas d&apos;aujourd&apos;hui pas encore pris)&#xa0;: {meals}.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>change the meal plan</source>
        <translation>modifier le plan des repas</translation>
    </message>
    <message>
        <source>weight kg {value}</source>
        <translation>poids {value} kg</translation>
    </message>
    <message>
        <source>height cm {value}</source>
        <translation>taille {value} cm</translation>
    </message>
    <message>
        <source>age {value}</source>
        <translation>âge {value}</translation>
    </message>
    <message>
        <source>sex {value}</source>
        <translation>sexe {value}</translation>
    </message>
    <message>
        <source>activity {value}</source>
        <translation>activité {value}</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>Profile: {changes}</source>
        <translation>Profil&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>update the profile</source>
        <translation>mettre à jour le profil</translation>
    </message>
    <message>
        <source>No system keyring is available to store your API key securely. On Linux install and unlock a Secret Service provider (GNOME Keyring or KWallet) and make sure a D-Bus session is running; or set the GEMINI_API_KEY environment variable instead.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour stocker votre clé API en toute sécurité. Sous Linux, installez et déverrouillez un fournisseur Secret Service (GNOME Keyring ou KWallet) et vérifiez qu&apos;une session D-Bus est active&#xa0;; ou définissez plutôt la variable d&apos;environnement GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Your system keyring is locked. Unlock it (log in to your desktop keyring) and try again.</source>
        <translation>Votre trousseau système est verrouillé. Déverrouillez-le (connectez-vous au trousseau de votre bureau) et réessayez.</translation>
    </message>
    <message>
        <source>Could not read the API key from the keyring: {problem}</source>
        <translation>Impossible de lire la clé API depuis le trousseau&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>La clé API est vide.</translation>
    </message>
    <message>
        <source>Could not store the API key in the keyring: {problem}</source>
        <translation>Impossible de stocker la clé API dans le trousseau&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Could not remove the API key from the keyring: {problem}</source>
        <translation>Impossible de supprimer la clé API du trousseau&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <source>Microphone check</source>
        <translation>Test du microphone</translation>
    </message>
    <message>
        <source>Say something: the bar should move. If it does not, pick another microphone in Settings later.</source>
        <translation>Dites quelque chose&#xa0;: la barre devrait bouger. Sinon, choisissez plus tard un autre microphone dans les paramètres.</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Ouverture du microphone…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>À l&apos;écoute…</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (non connecté)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Sharing indicator</source>
        <translation>Indicateur de partage</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Show the picture Gemini gets, at full size</source>
        <translation>Afficher l&apos;image que reçoit Gemini, en taille réelle</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>● The camera is shared with Gemini</source>
        <translation>● La caméra est partagée avec Gemini</translation>
    </message>
    <message>
        <source>● The screen is shared with Gemini</source>
        <translation>● L&apos;écran est partagé avec Gemini</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Lose weight</source>
        <translation>Perdre du poids</translation>
    </message>
    <message>
        <source>Keep my weight</source>
        <translation>Maintenir mon poids</translation>
    </message>
    <message>
        <source>Gain weight</source>
        <translation>Prendre du poids</translation>
    </message>
    <message>
        <source>Profile &amp; goals</source>
        <translation>Profil &amp; objectifs</translation>
    </message>
    <message>
        <source>Goal and targets</source>
        <translation>Objectif et apports cibles</translation>
    </message>
    <message>
        <source>Computed from me</source>
        <translation>Calculés d&apos;après mes données</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Saisis à la main</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Apports cibles</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg par semaine</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Protein</source>
        <translation>Protéines</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Glucides</translation>
    </message>
    <message>
        <source>Fat</source>
        <translation>Lipides</translation>
    </message>
    <message>
        <source>protein share of energy</source>
        <translation>part des protéines dans l&apos;énergie</translation>
    </message>
    <message>
        <source>carbs share of energy</source>
        <translation>part des glucides dans l&apos;énergie</translation>
    </message>
    <message>
        <source>fat share of energy</source>
        <translation>part des lipides dans l&apos;énergie</translation>
    </message>
    <message>
        <source>Macro split</source>
        <translation>Répartition des macronutriments</translation>
    </message>
    <message>
        <source>kcal target</source>
        <translation>objectif en kcal</translation>
    </message>
    <message>
        <source>protein target</source>
        <translation>objectif de protéines</translation>
    </message>
    <message>
        <source>carbs target</source>
        <translation>objectif de glucides</translation>
    </message>
    <message>
        <source>fat target</source>
        <translation>objectif de lipides</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>&lt;small&gt;Sources: {sources}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Sources&#xa0;: {sources}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Meal plan</source>
        <translation>Plan des repas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Repas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Share of the day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Part de la journée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usual time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Heure habituelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>breakfast share of the day</source>
        <translation>part du petit-déjeuner dans la journée</translation>
    </message>
    <message>
        <source>lunch share of the day</source>
        <translation>part du déjeuner dans la journée</translation>
    </message>
    <message>
        <source>dinner share of the day</source>
        <translation>part du dîner dans la journée</translation>
    </message>
    <message>
        <source>snacks share of the day</source>
        <translation>part des en-cas dans la journée</translation>
    </message>
    <message>
        <source>breakfast usual time</source>
        <translation>heure habituelle du petit-déjeuner</translation>
    </message>
    <message>
        <source>lunch usual time</source>
        <translation>heure habituelle du déjeuner</translation>
    </message>
    <message>
        <source>dinner usual time</source>
        <translation>heure habituelle du dîner</translation>
    </message>
    <message>
        <source>snacks usual time</source>
        <translation>heure habituelle des en-cas</translation>
    </message>
    <message>
        <source>Weight over time</source>
        <translation>Évolution du poids</translation>
    </message>
    <message>
        <source>Today&apos;s weight</source>
        <translation>Poids du jour</translation>
    </message>
    <message>
        <source>Log today&apos;s weight</source>
        <translation>Enregistrer le poids du jour</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your targets (optional)</source>
        <translation>Vos objectifs (facultatif)</translation>
    </message>
    <message>
        <source>Until you say otherwise the day&apos;s targets are 2000 kcal, 100 g protein, 250 g carbs and 67 g fat. Tell NutriVoice about you and your goal for targets that fit you (Mifflin-St Jeor), or skip this; Tools → Profile &amp; goals has more.</source>
        <translation>Tant que vous n&apos;indiquez rien d&apos;autre, les objectifs du jour sont de 2&#xa0;000 kcal, 100 g de protéines, 250 g de glucides et 67 g de lipides. Parlez de vous et de votre objectif à NutriVoice pour obtenir des objectifs adaptés (Mifflin-St Jeor), ou passez cette étape&#xa0;; Outils → Profil &amp; objectifs propose davantage d&apos;options.</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg par semaine</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>More: macro split, targets by hand, meal plan…</source>
        <translation>Plus&#xa0;: répartition des macronutriments, objectifs à la main, plan des repas…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SavedMealsDialog</name>
    <message>
        <source>Saved meals</source>
        <translation>Repas mémorisés</translation>
    </message>
    <message>
        <source>Log to meal</source>
        <translation>Repas de destination</translation>
    </message>
    <message>
        <source>Log today as</source>
        <translation>Enregistrer aujourd&apos;hui comme</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>usual breakfast</source>
        <translation>petit-déjeuner habituel</translation>
    </message>
    <message>
        <source>200 ml milk
a banana
40 g oats</source>
        <translation>200 ml de lait
une banane
40 g de flocons d&apos;avoine</translation>
    </message>
    <message>
        <source>New meal name</source>
        <translation>Nom du nouveau repas</translation>
    </message>
    <message>
        <source>Foods, one per line</source>
        <translation>Aliments, un par ligne</translation>
    </message>
    <message>
        <source>Save meal</source>
        <translation>Mémoriser le repas</translation>
    </message>
    <message>
        <source>{name} — {kcal} kcal
{foods}</source>
        <translation>{name} — {kcal} kcal
{foods}</translation>
    </message>
    <message>
        <source>Give the meal a name and at least one food.</source>
        <translation>Donnez un nom au repas et indiquez au moins un aliment.</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Window: {title}</source>
        <translation>Fenêtre&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Monitor {number} — {width}×{height}</source>
        <translation>Moniteur {number} — {width}×{height}</translation>
    </message>
    <message>
        <source>{monitor} (primary)</source>
        <translation>{monitor} (principal)</translation>
    </message>
    <message>
        <source>A window that is closed now</source>
        <translation>Une fenêtre désormais fermée</translation>
    </message>
    <message>
        <source>Monitor {number} (not connected)</source>
        <translation>Moniteur {number} (non connecté)</translation>
    </message>
    <message>
        <source>Monitor {number}</source>
        <translation>Moniteur {number}</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>Une fenêtre</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Puck (upbeat)</source>
        <translation>Puck (enjouée)</translation>
    </message>
    <message>
        <source>Charon (informative)</source>
        <translation>Charon (informative)</translation>
    </message>
    <message>
        <source>Kore (firm)</source>
        <translation>Kore (ferme)</translation>
    </message>
    <message>
        <source>Fenrir (excitable)</source>
        <translation>Fenrir (exaltée)</translation>
    </message>
    <message>
        <source>Aoede (breezy)</source>
        <translation>Aoede (légère)</translation>
    </message>
    <message>
        <source>Leda (youthful)</source>
        <translation>Leda (juvénile)</translation>
    </message>
    <message>
        <source>Orus (firm)</source>
        <translation>Orus (ferme)</translation>
    </message>
    <message>
        <source>Zephyr (bright)</source>
        <translation>Zephyr (lumineuse)</translation>
    </message>
    <message>
        <source>Callirrhoe (easy-going)</source>
        <translation>Callirrhoe (décontractée)</translation>
    </message>
    <message>
        <source>Autonoe (bright)</source>
        <translation>Autonoe (lumineuse)</translation>
    </message>
    <message>
        <source>Enceladus (breathy)</source>
        <translation>Enceladus (voilée)</translation>
    </message>
    <message>
        <source>Iapetus (clear)</source>
        <translation>Iapetus (claire)</translation>
    </message>
    <message>
        <source>Umbriel (easy-going)</source>
        <translation>Umbriel (décontractée)</translation>
    </message>
    <message>
        <source>Algieba (smooth)</source>
        <translation>Algieba (veloutée)</translation>
    </message>
    <message>
        <source>Despina (smooth)</source>
        <translation>Despina (veloutée)</translation>
    </message>
    <message>
        <source>Erinome (clear)</source>
        <translation>Erinome (claire)</translation>
    </message>
    <message>
        <source>Algenib (gravelly)</source>
        <translation>Algenib (rocailleuse)</translation>
    </message>
    <message>
        <source>Rasalgethi (informative)</source>
        <translation>Rasalgethi (informative)</translation>
    </message>
    <message>
        <source>Laomedeia (upbeat)</source>
        <translation>Laomedeia (enjouée)</translation>
    </message>
    <message>
        <source>Achernar (soft)</source>
        <translation>Achernar (douce)</translation>
    </message>
    <message>
        <source>Alnilam (firm)</source>
        <translation>Alnilam (ferme)</translation>
    </message>
    <message>
        <source>Schedar (even)</source>
        <translation>Schedar (posée)</translation>
    </message>
    <message>
        <source>Gacrux (mature)</source>
        <translation>Gacrux (mature)</translation>
    </message>
    <message>
        <source>Pulcherrima (forward)</source>
        <translation>Pulcherrima (directe)</translation>
    </message>
    <message>
        <source>Achird (friendly)</source>
        <translation>Achird (amicale)</translation>
    </message>
    <message>
        <source>Zubenelgenubi (casual)</source>
        <translation>Zubenelgenubi (détendue)</translation>
    </message>
    <message>
        <source>Vindemiatrix (gentle)</source>
        <translation>Vindemiatrix (délicate)</translation>
    </message>
    <message>
        <source>Sadachbia (lively)</source>
        <translation>Sadachbia (animée)</translation>
    </message>
    <message>
        <source>Sadaltager (knowledgeable)</source>
        <translation>Sadaltager (érudite)</translation>
    </message>
    <message>
        <source>Sulafat (warm)</source>
        <translation>Sulafat (chaleureuse)</translation>
    </message>
    <message>
        <source>Same as the user</source>
        <translation>Même langue que vous</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation>La langue des menus, des boutons et des messages</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>The assistant&apos;s voice</source>
        <translation>La voix de l&apos;assistant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Live API model name; models get retired, so it is editable</source>
        <translation>Nom du modèle de la Live API&#xa0;; les modèles finissent par être retirés, d&apos;où ce champ modifiable</translation>
    </message>
    <message>
        <source>Assistant&apos;s language</source>
        <translation>Langue de l&apos;assistant</translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation>La langue dans laquelle l&apos;assistant répond</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>What the assistant can see besides hearing you</source>
        <translation>Ce que l&apos;assistant peut voir en plus de vous entendre</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Voix uniquement</translation>
    </message>
    <message>
        <source>Voice + camera</source>
        <translation>Voix + caméra</translation>
    </message>
    <message>
        <source>Voice + screen</source>
        <translation>Voix + écran</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Automatic: the assistant hears when you start and stop speaking. Push to talk: hold the hotkey or the Hold to talk button while you speak.</source>
        <translation>Automatique&#xa0;: l&apos;assistant détecte quand vous commencez et arrêtez de parler. Appuyer pour parler&#xa0;: maintenez le raccourci ou le bouton «&#xa0;Maintenir pour parler&#xa0;» pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Automatic (just talk)</source>
        <translation>Automatique (parlez, tout simplement)</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Appuyer pour parler</translation>
    </message>
    <message>
        <source>Push-to-talk hotkey</source>
        <translation>Raccourci «&#xa0;appuyer pour parler&#xa0;»</translation>
    </message>
    <message>
        <source>Hold these keys while you speak, in any app (push to talk only)</source>
        <translation>Maintenez ces touches pendant que vous parlez, dans n&apos;importe quelle application (mode appuyer pour parler uniquement)</translation>
    </message>
    <message>
        <source>Closing the window keeps NutriVoice in the tray</source>
        <translation>Fermer la fenêtre laisse NutriVoice dans la zone de notification</translation>
    </message>
    <message>
        <source>Echo handling</source>
        <translation>Gestion de l&apos;écho</translation>
    </message>
    <message>
        <source>How the microphone keeps from hearing the assistant through your speakers</source>
        <translation>Comment le microphone évite d&apos;entendre l&apos;assistant à travers vos haut-parleurs</translation>
    </message>
    <message>
        <source>Cancel the echo (talk over the assistant)</source>
        <translation>Annuler l&apos;écho (parler par-dessus l&apos;assistant)</translation>
    </message>
    <message>
        <source>Mute the mic while the assistant speaks</source>
        <translation>Couper le micro pendant que l&apos;assistant parle</translation>
    </message>
    <message>
        <source>Off (headphones)</source>
        <translation>Désactivée (casque)</translation>
    </message>
    <message>
        <source>Microphone frame</source>
        <translation>Trame du microphone</translation>
    </message>
    <message>
        <source>Shorter frames: lower latency, more work for the computer</source>
        <translation>Trames plus courtes&#xa0;: latence plus faible, plus de travail pour l&apos;ordinateur</translation>
    </message>
    <message>
        <source>10 ms (lowest latency)</source>
        <translation>10 ms (latence minimale)</translation>
    </message>
    <message>
        <source>20 ms (recommended)</source>
        <translation>20 ms (recommandé)</translation>
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
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>A camera, or a video file or stream URL</source>
        <translation>Une caméra, ou un fichier vidéo ou une URL de flux</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>The monitor or window the assistant sees</source>
        <translation>Le moniteur ou la fenêtre que voit l&apos;assistant</translation>
    </message>
    <message>
        <source>Shared window</source>
        <translation>Fenêtre partagée</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point de terminaison de l&apos;API</translation>
    </message>
    <message>
        <source>Override for proxies and tests; empty: Google&apos;s</source>
        <translation>Remplacement pour les proxys et les tests&#xa0;; vide&#xa0;: celui de Google</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>v1beta (recommended)</source>
        <translation>v1beta (recommandée)</translation>
    </message>
    <message>
        <source>v1alpha (preview features)</source>
        <translation>v1alpha (fonctionnalités en avant-première)</translation>
    </message>
    <message>
        <source>v1 (stable features only)</source>
        <translation>v1 (fonctionnalités stables uniquement)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier CA supplémentaire</translation>
    </message>
    <message>
        <source>PEM file to trust for the custom endpoint, besides the system&apos;s (corporate proxies, tests)</source>
        <translation>Fichier PEM à approuver pour le point de terminaison personnalisé, en plus de ceux du système (proxys d&apos;entreprise, tests)</translation>
    </message>
    <message>
        <source>Trust only that CA file</source>
        <translation>N&apos;approuver que ce fichier CA</translation>
    </message>
    <message>
        <source>For the custom endpoint: trust the CA file alone, not the system&apos;s certificates</source>
        <translation>Pour le point de terminaison personnalisé&#xa0;: approuver uniquement le fichier CA, pas les certificats du système</translation>
    </message>
    <message>
        <source>First-run walkthrough finished</source>
        <translation>Visite guidée du premier lancement terminée</translation>
    </message>
    <message>
        <source>{value} is not a yes/no value</source>
        <translation>{value} n&apos;est pas une valeur oui/non</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ne fait pas partie de {choices}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} est inférieur à {minimum}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} est supérieur à {maximum}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>NutriVoice settings</source>
        <translation>Paramètres de NutriVoice</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Voice &amp; audio</source>
        <translation>Voix &amp; audio</translation>
    </message>
    <message>
        <source>Camera &amp; screen</source>
        <translation>Caméra &amp; écran</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clé API Gemini</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>Test du son</translation>
    </message>
    <message>
        <source>Your body data, weight goal and daily targets are in Profile &amp; goals. The assistant uses them to plan your meals.</source>
        <translation>Vos données corporelles, votre objectif de poids et vos objectifs quotidiens se trouvent dans Profil &amp; objectifs. L&apos;assistant s&apos;en sert pour planifier vos repas.</translation>
    </message>
    <message>
        <source>Open Profile &amp;&amp; goals…</source>
        <translation>Ouvrir Profil &amp;&amp; objectifs…</translation>
    </message>
    <message>
        <source>The cameras could not be listed: {problem}</source>
        <translation>Impossible de lister les caméras&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The screens could not be listed: {problem}</source>
        <translation>Impossible de lister les écrans&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>For proxies, tests and troubleshooting. The defaults suit almost everyone.</source>
        <translation>Pour les proxys, les tests et le dépannage. Les valeurs par défaut conviennent à presque tout le monde.</translation>
    </message>
    <message>
        <source>Applies when you next press Start.</source>
        <translation>S&apos;applique au prochain appui sur Démarrer.</translation>
    </message>
    <message>
        <source>Applies when you restart NutriVoice.</source>
        <translation>S&apos;applique au redémarrage de NutriVoice.</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The sound devices could not be listed: {problem}</source>
        <translation>Impossible de lister les périphériques audio&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{setting}: {problem}</source>
        <translation>{setting}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Talk while held (the Hold to talk button has focus)</source>
        <translation>Parler tant que la touche est maintenue (le bouton «&#xa0;Maintenir pour parler&#xa0;» a le focus)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Plays a short tone on the speaker and shows what the microphone hears</source>
        <translation>Joue un bref son sur le haut-parleur et montre ce qu&apos;entend le microphone</translation>
    </message>
    <message>
        <source>The sound check is not available here.</source>
        <translation>Le test du son n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Stop the conversation to test: it is using the microphone and the speaker.</source>
        <translation>Arrêtez la conversation pour tester&#xa0;: elle utilise le microphone et le haut-parleur.</translation>
    </message>
    <message>
        <source>Playing a tone… now say something.</source>
        <translation>Lecture d&apos;un son… dites maintenant quelque chose.</translation>
    </message>
    <message>
        <source>The sound check could not run: {problem}</source>
        <translation>Le test du son n&apos;a pas pu s&apos;exécuter&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A tone played on the speaker: if you did not hear it, choose another speaker or turn the volume up.</source>
        <translation>Un son a été joué sur le haut-parleur&#xa0;: si vous ne l&apos;avez pas entendu, choisissez un autre haut-parleur ou montez le volume.</translation>
    </message>
    <message>
        <source>Heard you: the microphone works.</source>
        <translation>Je vous entends&#xa0;: le microphone fonctionne.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it may be muted, switched off or not the one you speak into.</source>
        <translation>Aucun son du microphone&#xa0;: il est peut-être coupé, éteint, ou ce n&apos;est pas celui dans lequel vous parlez.</translation>
    </message>
    <message>
        <source>The microphone is very quiet: speak closer to it or turn its volume up.</source>
        <translation>Le microphone est très faible&#xa0;: parlez plus près ou montez son volume.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Nothing was deleted: the damaged file was kept as {file}.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: le fichier endommagé a été conservé sous {file}.</translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation>Journal&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Restore the backup of {day}</source>
        <translation>Restaurer la sauvegarde du {day}</translation>
    </message>
    <message>
        <source>Start an empty diary</source>
        <translation>Commencer un carnet vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Hold to talk</source>
        <translation>Maintenir pour parler</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: {title}</source>
        <translation>Annuler&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>the day a card is about</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>for {day} · {time}</source>
        <translation>pour le {day} · {time}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show NutriVoice</source>
        <translation>Afficher NutriVoice</translation>
    </message>
    <message>
        <source>Start talking</source>
        <translation>Commencer à parler</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le microphone</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation>Arrêter de parler</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Arrêter le partage de la caméra</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Arrêter le partage de l&apos;écran</translation>
    </message>
    <message>
        <source>The camera is shared with Gemini.</source>
        <translation>La caméra est partagée avec Gemini.</translation>
    </message>
    <message>
        <source>The screen is shared with Gemini.</source>
        <translation>L&apos;écran est partagé avec Gemini.</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>Not talking</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Press Start ({start}) to talk.</source>
        <translation>Appuyez sur Démarrer ({start}) pour parler.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>One moment.</source>
        <translation>Un instant.</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l&apos;écoute</translation>
    </message>
    <message>
        <source>Just talk.</source>
        <translation>Parlez, tout simplement.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Hold {hotkey} or the Hold to talk button while you speak.</source>
        <translation>Maintenez {hotkey} ou le bouton «&#xa0;Maintenir pour parler&#xa0;» pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Allez-y</translation>
    </message>
    <message>
        <source>Release when you are done.</source>
        <translation>Relâchez quand vous avez fini.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Working on your answer.</source>
        <translation>Préparation de la réponse.</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>L&apos;assistant parle</translation>
    </message>
    <message>
        <source>Talk to interrupt.</source>
        <translation>Parlez pour l&apos;interrompre.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Micro coupé</translation>
    </message>
    <message>
        <source>Your microphone is off. {mute} turns it on.</source>
        <translation>Votre microphone est coupé. {mute} le réactive.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Keep talking; nothing is lost.</source>
        <translation>Continuez à parler&#xa0;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>See the message above. Press Start ({start}) to try again.</source>
        <translation>Consultez le message ci-dessus. Appuyez sur Démarrer ({start}) pour réessayer.</translation>
    </message>
    <message>
        <source>Voice state</source>
        <translation>État de la voix</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Welcome to NutriVoice</source>
        <translation>Bienvenue dans NutriVoice</translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <source>Weight trend</source>
        <translation>Tendance du poids</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a weight</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <source>trend {kg} kg</source>
        <translation>tendance {kg} kg</translation>
    </message>
    <message>
        <source>No weights logged yet</source>
        <translation>Aucun poids enregistré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</source>
        <translation>
            <numerusform>%n pesée du {first} au {last}&#xa0;; dernière {latest} kg, tendance {trend} kg. Utilisez les flèches gauche et droite pour lire chaque pesée.</numerusform>
            <numerusform>%n pesées du {first} au {last}&#xa0;; dernière {latest} kg, tendance {trend} kg. Utilisez les flèches gauche et droite pour lire chaque pesée.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format on the weight chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Log your weight to see its trend here.</source>
        <translation>Enregistrez votre poids pour voir sa tendance ici.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Gemini API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the key stored in your system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using GEMINI_API_KEY from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key comes from the GEMINI_API_KEY environment variable, which wins over a stored one: to remove it, unset it where it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in your keyring (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your key from aistudio.google.com/apikey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NutriVoice will forget the key stored in your system keyring. To talk to the assistant again you will need to paste a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key from your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed from your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioDevicePicker</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Sedentary (little or no exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (exercise 1-3 days a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (exercise 3-5 days a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (exercise 6-7 days a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very active (hard daily exercise or a physical job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only by the resting-energy formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraCombo</name>
    <message>
        <source>Video file or stream URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Choose a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video file or a stream URL (rtsp://…, http://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a video file or stream URL, or choose a camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardColumn</name>
    <message>
        <source>Tool results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of what the assistant does — meals rebalanced, food logged, swaps — appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color: gray&apos;&gt;Press &lt;b&gt;Start&lt;/b&gt; (Ctrl+Return) and talk: “I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, “I walked 40 minutes”…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDashboard</name>
    <message>
        <source>The diary could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s calories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eaten against today&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history range</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) of history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten (+{activity} from activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right on target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies started after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {last:.2f} s · median {median:.2f} s of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>CSV (spreadsheets; can be imported back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amount in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} · missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{eaten} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {eaten} of {budget} kcal eaten · &lt;b&gt;{left}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnlargedPreview</name>
    <message>
        <source>What Gemini sees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstQuestionPage</name>
    <message>
        <source>“I skipped breakfast today, fix my plan.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I had a croissant at 11.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What can I use instead of 30 grams of butter?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I cycled for 45 minutes.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“How much protein do I have left today?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start in the main window and just talk. For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt any time: the assistant stops and listens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Calorie history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a day in the calorie history</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {kcal} kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kcal} kcal over target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kcal} kcal under target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eaten {kcal} kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %n day(s) yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {kcal} kcal over %n logged day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over target</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} Use the Left and Right arrow keys to read each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target
{kcal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format under the calorie history</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kcal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotkeyEdit</name>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the keys… (Esc cancels, Backspace clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: click here and press the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key cannot be part of a hotkey. Try a letter, a number, Space or a function key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ctrl or Alt: a hotkey without them would fire whenever you type that key in any app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <source>Something went wrong inside {app} ({error}). It goes on, but what it was doing may be incomplete; the diary keeps only whole changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, send the log to the developers: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: an internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your Gemini API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NutriVoice talks to Google&apos;s Gemini Live API with your own key. It is stored in your system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a free key at &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} dB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroBars</name>
    <message>
        <source>{label} {value} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amounts} g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop talking (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the microphone (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the assistant can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type a message and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo diary change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the newest change of the day the diary shows (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo diary change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run &amp;walkthrough…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile &amp;&amp; goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;meals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost at {time}; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected after {seconds:.0f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: this change applies when you next press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: this change applies when you restart NutriVoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a desktop shortcut for `nutrivoice --toggle-talk` instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push-to-talk hotkey is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice-first nutrition assistant.

Food data: {food}

Activity data: {activity}

Default servings for dishes follow the FDA&apos;s Reference Amounts Customarily Consumed (21 CFR 101.12); see docs/SERVINGS.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Diary saved to {path} (%n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NutriVoice diary CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported {entries} entries for %n days (Ctrl+Z undoes a day)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running in the tray. Use Quit to exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sharing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {what} is shared with Gemini. Keep sharing while NutriVoice is in the tray?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing and hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sharing and hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meals</name>
    <message>
        <source>Breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCenter</name>
    <message>
        <source>Since {time}. More in the log: {log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unlock your keyring, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NutriVoice needs a Gemini API key to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings and paste your key from Google AI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone pauses while the assistant speaks; headphones help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo cancellation is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still type to the assistant; fix the device in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio device problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped delivering audio (unplugged or taken by another app?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker stopped delivering audio (unplugged or taken by another app?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug it back in or choose another in Settings, then press Start again. You can keep typing meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the camera or screen setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini sent something unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not read {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting; the conversation is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API endpoint in Settings, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate was not trusted ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a proxy inspects your traffic, enter the API endpoint and the proxy&apos;s CA file in Settings; otherwise check your system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini did not finish setting up the session in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again; check your internet connection if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Gemini ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again; check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to try again; see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini did not accept the API key ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings and paste a valid key from Google AI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous conversation could not be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a fresh session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another model in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini ended the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a fresh session: the diary is kept, the conversation so far is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API endpoint and CA file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to try again; check your internet connection if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Trying again in a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Trying again in {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} is not available; this conversation goes on with {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} failed {times} times in a row; this conversation goes on with {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep using another model, choose it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection seems to have stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini did not answer for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back from Gemini for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer slept for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Press Start to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Gemini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening. Just talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Keep talking; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because of a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio is unavailable: PyAudio could not load ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the microphone ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the speaker ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global hotkeys are not available on Wayland: Wayland does not let apps listen to the keyboard. Use the Talk button, or log in with an X11 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global hotkeys need a graphical X11 session (no DISPLAY is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global hotkeys could not start ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{keys}” is not a valid key combination ({problem}). Choose it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {camera} could not be opened. Check that it is connected and not in use by another app, or choose another camera in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen cannot be captured here ({problem}). Screen sharing needs an X11 session (or XWayland access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window chosen for sharing cannot be shared ({problem}). Choose another window or a monitor in Settings → Camera &amp; screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared window was closed or minimised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures (unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing stopped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {day}, or start an empty diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary at {where} is damaged, and NutriVoice could not move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy that file somewhere safe, remove it, and start NutriVoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary at {where} is damaged. NutriVoice moved it aside to {aside}, so nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty diary; the damaged copy stays where it is in case it can be rescued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary at {where}, but there is a backup of it from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is from a newer NutriVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary at {where} was saved by a newer version of NutriVoice{because}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update NutriVoice to open it. The diary was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is read-only: NutriVoice cannot save to {where}{because}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow your user to write to that file and its folder (or move it off read-only media), then start NutriVoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: NutriVoice could not set up the diary at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that drive, then start NutriVoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program kept the diary at {where} locked for too long (another NutriVoice, or a &apos;nutrivoice tool&apos; command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other NutriVoice or wait for the command to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NutriVoice cannot reach the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NutriVoice cannot open the diary at {where}{because}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it, and that its drive is connected; then start NutriVoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mifflin-St Jeor equation (Am J Clin Nutr 1990;51:241-7) × activity factor; about 7,700 kcal per kg for a goal; macro shares within the Acceptable Macronutrient Distribution Ranges (IOM 2005).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sedentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protein, carbs and fat shares must add up to 100 % (they add up to {split} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein {protein} g, carbs {carbs} g, fat {fat} g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand: {kcal} kcal; {macros}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kcal} kcal; {macros} (defaults: add your {missing} to compute targets from your body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> − {kcal} to lose {rate} kg a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to keep your weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + {kcal} to gain {rate} kg a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (raised to the {floor} kcal floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % of energy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbs g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} (eaten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} (missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile change (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {amount} {food} ({kcal} kcal) from {meal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove that entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meal deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete that saved meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {food}: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {food}: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change that entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {food}: {kcal} kcal, {protein} g protein, {carbs} g carbs, {fat} g fat ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other matches below: ask which one is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kcal / 100 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find that food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal plus {activity} from activity; {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal; {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eaten kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum up that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved meals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the saved meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} net kcal (MET {met}); added to the budget of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} kcal (MET {met}); added to the budget of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compendium 2011, code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log that activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log that food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meal logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged “{name}” ({kcal} kcal) for {meal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {portions} × “{name}” ({kcal} kcal) for {meal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log that saved meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg. {change} kg since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log that weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed meal rebalanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the missed {meal} ({kcal} kcal) into {meals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kcal} kcal did not fit without making a meal too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebalance the missed meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} again, as on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log that again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated “{name}”: {foods} — {kcal} kcal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”: {foods} — {kcal} kcal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save that meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbs {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredient swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap keeps the macros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap is off by up to {error}% on one macro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps for {amount} {food}: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max error %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned food compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) and trimmed {meals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: {day} will end about that much over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: {day} ended about that much over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} {share} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal plan from tomorrow (and today&apos;s meals not eaten yet): {meals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the meal plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight kg {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height cm {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available to store your API key securely. On Linux install and unlock a Secret Service provider (GNOME Keyring or KWallet) and make sure a D-Bus session is running; or set the GEMINI_API_KEY environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keyring is locked. Unlock it (log in to your desktop keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the API key from the keyring: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the API key in the keyring: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the API key from the keyring: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <source>Microphone check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something: the bar should move. If it does not, pick another microphone in Settings later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>{name} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Sharing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture Gemini gets, at full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● The camera is shared with Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● The screen is shared with Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Lose weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp; goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein share of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbs share of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat share of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kcal target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbs target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fat target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Sources: {sources}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Meal&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Share of the day&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Usual time&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakfast share of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lunch share of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinner share of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snacks share of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakfast usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lunch usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinner usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snacks usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log today&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your targets (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you say otherwise the day&apos;s targets are 2000 kcal, 100 g protein, 250 g carbs and 67 g fat. Tell NutriVoice about you and your goal for targets that fit you (Mifflin-St Jeor), or skip this; Tools → Profile &amp; goals has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: macro split, targets by hand, meal plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedMealsDialog</name>
    <message>
        <source>Saved meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log to meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log today as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 ml milk
a banana
40 g oats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foods, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {kcal} kcal
{foods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meal a name and at least one food.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Window: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor {number} — {width}×{height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{monitor} (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window that is closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor {number} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Puck (upbeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charon (informative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore (firm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fenrir (excitable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aoede (breezy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda (youthful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orus (firm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zephyr (bright)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callirrhoe (easy-going)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonoe (bright)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enceladus (breathy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iapetus (clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbriel (easy-going)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algieba (smooth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Despina (smooth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erinome (clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algenib (gravelly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasalgethi (informative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laomedeia (upbeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achernar (soft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alnilam (firm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedar (even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gacrux (mature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulcherrima (forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achird (friendly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zubenelgenubi (casual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vindemiatrix (gentle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sadachbia (lively)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sadaltager (knowledgeable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sulafat (warm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live API model name; models get retired, so it is editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the assistant can see besides hearing you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice + camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice + screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the assistant hears when you start and stop speaking. Push to talk: hold the hotkey or the Talk button while you speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (just talk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push-to-talk hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold these keys while you speak, in any app (push to talk only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps NutriVoice in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the microphone keeps from hearing the assistant through your speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the echo (talk over the assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the mic while the assistant speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (headphones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter frames: lower latency, more work for the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 ms (lowest latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 ms (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera, or a video file or stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor or window the assistant sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override for proxies and tests; empty: Google&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1beta (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1alpha (preview features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1 (stable features only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file to trust for the custom endpoint, besides the system&apos;s (corporate proxies, tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only that CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the custom endpoint: trust the CA file alone, not the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run walkthrough finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a yes/no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>NutriVoice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice &amp; audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp; screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your body data, weight goal and daily targets are in Profile &amp; goals. The assistant uses them to plan your meals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Profile &amp;&amp; goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cameras could not be listed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens could not be listed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For proxies, tests and troubleshooting. The defaults suit almost everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when you next press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when you restart NutriVoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound devices could not be listed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk while held (the Talk button has focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays a short tone on the speaker and shows what the microphone hears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound check is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the conversation to test: it is using the microphone and the speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing a tone… now say something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound check could not run: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tone played on the speaker: if you did not hear it, choose another speaker or turn the volume up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard you: the microphone works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound from the microphone: it may be muted, switched off or not the one you speak into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone is very quiet: speak closer to it or turn its volume up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Nothing was deleted: the damaged file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Hold to talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <source>{title}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>the day a card is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {day} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show NutriVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is shared with Gemini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is shared with Gemini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>Not talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start ({start}) to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {hotkey} or the Talk button while you speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to interrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone is off. {mute} turns it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep talking; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the message above. Press Start ({start}) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Welcome to NutriVoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <source>Weight trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a weight</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend {kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format on the weight chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your weight to see its trend here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

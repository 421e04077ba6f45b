<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API कुंजी</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>कुंजी हटाएं</translation>
    </message>
    <message>
        <source>Forget the key stored in your system keyring</source>
        <translation>आपकी सिस्टम कीरिंग में सेव की गई कुंजी भूल जाएं</translation>
    </message>
    <message>
        <source>Using GEMINI_API_KEY from the environment</source>
        <translation>एनवायरनमेंट से GEMINI_API_KEY इस्तेमाल हो रही है</translation>
    </message>
    <message>
        <source>The key comes from the GEMINI_API_KEY environment variable, which wins over a stored one: to remove it, unset it where it is set.</source>
        <translation>कुंजी GEMINI_API_KEY एनवायरनमेंट वैरिएबल से आती है, जो सेव की गई कुंजी पर प्राथमिकता रखती है: इसे हटाने के लिए, जहाँ यह सेट है वहाँ इसे अनसेट करें।</translation>
    </message>
    <message>
        <source>No secure keyring available</source>
        <translation>कोई सुरक्षित कीरिंग उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>आपकी कीरिंग जाँची जा रही है…</translation>
    </message>
    <message>
        <source>A key is stored in your keyring (type to replace it)</source>
        <translation>आपकी कीरिंग में एक कुंजी सेव है (बदलने के लिए टाइप करें)</translation>
    </message>
    <message>
        <source>Paste your key from aistudio.google.com/apikey</source>
        <translation>aistudio.google.com/apikey से अपनी कुंजी पेस्ट करें</translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation>आपकी कीरिंग में सेव की जा रही है…</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>आपकी सिस्टम कीरिंग में सेव की गई।</translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation>API कुंजी हटाएं?</translation>
    </message>
    <message>
        <source>NutriVoice will forget the key stored in your system keyring. To talk to the assistant again you will need to paste a key.</source>
        <translation>NutriVoice आपकी सिस्टम कीरिंग में सेव की गई कुंजी भूल जाएगा। असिस्टेंट से फिर से बात करने के लिए आपको एक कुंजी पेस्ट करनी होगी।</translation>
    </message>
    <message>
        <source>Removing the key from your keyring…</source>
        <translation>आपकी कीरिंग से कुंजी हटाई जा रही है…</translation>
    </message>
    <message>
        <source>The key was removed from your keyring.</source>
        <translation>कुंजी आपकी कीरिंग से हटा दी गई।</translation>
    </message>
</context>
<context>
    <name>AudioDevicePicker</name>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Sedentary (little or no exercise)</source>
        <translation>गतिहीन (कम या बिल्कुल व्यायाम नहीं)</translation>
    </message>
    <message>
        <source>Light (exercise 1-3 days a week)</source>
        <translation>हल्की (हफ़्ते में 1-3 दिन व्यायाम)</translation>
    </message>
    <message>
        <source>Moderate (exercise 3-5 days a week)</source>
        <translation>मध्यम (हफ़्ते में 3-5 दिन व्यायाम)</translation>
    </message>
    <message>
        <source>Active (exercise 6-7 days a week)</source>
        <translation>सक्रिय (हफ़्ते में 6-7 दिन व्यायाम)</translation>
    </message>
    <message>
        <source>Very active (hard daily exercise or a physical job)</source>
        <translation>बहुत सक्रिय (रोज़ कड़ा व्यायाम या शारीरिक मेहनत वाला काम)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source> years</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>नहीं बताया</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Used only by the resting-energy formula</source>
        <translation>सिर्फ़ विश्राम-ऊर्जा फ़ॉर्मूले में इस्तेमाल होता है</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
</context>
<context>
    <name>CameraCombo</name>
    <message>
        <source>Video file or stream URL…</source>
        <translation>वीडियो फ़ाइल या स्ट्रीम URL…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>कैमरा {number}</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name} (कैमरा {number})</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>कैमरा {number} (कनेक्ट नहीं है)</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Choose a video file</source>
        <translation>कोई वीडियो फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>वीडियो (*.mp4 *.mkv *.webm *.avi *.mov);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>A video file or a stream URL (rtsp://…, http://…)</source>
        <translation>कोई वीडियो फ़ाइल या स्ट्रीम URL (rtsp://…, http://…)</translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation>वीडियो फ़ाइल या स्ट्रीम URL</translation>
    </message>
    <message>
        <source>type a video file or stream URL, or choose a camera</source>
        <translation>कोई वीडियो फ़ाइल या स्ट्रीम URL टाइप करें, या कोई कैमरा चुनें</translation>
    </message>
</context>
<context>
    <name>CardColumn</name>
    <message>
        <source>Tool results</source>
        <translation>टूल के नतीजे</translation>
    </message>
    <message>
        <source>Results of what the assistant does — meals rebalanced, food logged, swaps — appear here.</source>
        <translation>असिस्टेंट जो करता है उसके नतीजे — फिर से संतुलित किए गए भोजन, दर्ज किया गया खाना, अदला-बदली — यहाँ दिखते हैं।</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <source>Show details</source>
        <translation>विवरण दिखाएं</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>विवरण छिपाएं</translation>
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
        <translation>आप</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color: gray&apos;&gt;Press &lt;b&gt;Start&lt;/b&gt; (Ctrl+Return) and talk: “I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, “I walked 40 minutes”…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color: gray&apos;&gt;&lt;b&gt;शुरू करें&lt;/b&gt; (Ctrl+Return) दबाएं और बोलें: “मैंने नाश्ता नहीं किया”, “मैंने एक क्रोइसॉं खाया”, “मक्खन की जगह ऑलिव ऑयल लो”, “मैं 40 मिनट पैदल चला”…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{time} · interrupted</source>
        <translation>{time} · बीच में रोका गया</translation>
    </message>
</context>
<context>
    <name>DayDashboard</name>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>अभी डायरी पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Today&apos;s calories</source>
        <translation>आज की कैलोरी</translation>
    </message>
    <message>
        <source>Eaten against today&apos;s targets</source>
        <translation>आज के टारगेट के मुकाबले खाया गया</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>डायरी पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>इतिहास:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history range</comment>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) of history</source>
        <translation>
            <numerusform>%n दिन का इतिहास दिखाएं</numerusform>
            <numerusform>%n दिनों का इतिहास दिखाएं</numerusform>
        </translation>
    </message>
    <message>
        <source>protein</source>
        <translation>प्रोटीन</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>कार्ब्स</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>वसा</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten (+{activity} from activity)</source>
        <translation>{budget} kcal में से &lt;b&gt;{eaten}&lt;/b&gt; खाईं (+{activity} गतिविधि से)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten</source>
        <translation>{budget} kcal में से &lt;b&gt;{eaten}&lt;/b&gt; खाईं</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal left</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal बाकी</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal over</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal ज़्यादा</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>बिल्कुल टारगेट पर</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>डायग्नोस्टिक्स</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Replies started after</source>
        <translation>जवाब शुरू होने में लगा समय</translation>
    </message>
    <message>
        <source>Reconnects this run</source>
        <translation>रीकनेक्ट (ऐप के इस बार चलने में)</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>लॉग फ़ोल्डर</translation>
    </message>
    <message>
        <source>last {last:.2f} s · median {median:.2f} s of {n}</source>
        <translation>पिछला {last:.2f} s · {n} का मीडियन {median:.2f} s</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>CSV (spreadsheets; can be imported back)</source>
        <translation>CSV (स्प्रेडशीट; वापस इंपोर्ट की जा सकती है)</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>डायरी एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>अब तक दर्ज सब कुछ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>आखिरी दिन</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>आखिरी दिन पहले दिन से पहले आता है।</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>एक्सपोर्ट नहीं किया जा सका: {error}</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Food</source>
        <translation>खाद्य पदार्थ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>प्रोटीन g</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>कार्ब्स g</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>वसा g</translation>
    </message>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>अभी डायरी पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>पिछला दिन</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>पिछला दिन (Alt+Left)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>दिखाया गया दिन</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>अगला दिन</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>अगला दिन (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>डायरी एंट्री</translation>
    </message>
    <message>
        <source>New amount in grams</source>
        <translation>ग्राम में नई मात्रा</translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation>मात्रा सेट करें</translation>
    </message>
    <message>
        <source>Move to meal</source>
        <translation>भोजन में ले जाएं</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ले जाएं</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएं</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>चुनी गई एंट्री हटाएं (Delete)</translation>
    </message>
    <message>
        <source>Log again today</source>
        <translation>आज फिर से दर्ज करें</translation>
    </message>
    <message>
        <source>{meal} · missed</source>
        <translation>{meal} · छूटा</translation>
    </message>
    <message>
        <source>{eaten} of {target}</source>
        <translation>{target} में से {eaten}</translation>
    </message>
    <message>
        <source>Activity: {activity}</source>
        <translation>गतिविधि: {activity}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} मिनट</translation>
    </message>
    <message>
        <source>Nothing logged this day yet.</source>
        <translation>इस दिन अभी तक कुछ दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of the day shown</comment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>{day}: {eaten} of {budget} kcal eaten · &lt;b&gt;{left}&lt;/b&gt;</source>
        <translation>{day}: {budget} kcal में से {eaten} खाईं · &lt;b&gt;{left}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>यह काम नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>EnlargedPreview</name>
    <message>
        <source>What Gemini sees</source>
        <translation>Gemini क्या देखता है</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
</context>
<context>
    <name>FirstQuestionPage</name>
    <message>
        <source>“I skipped breakfast today, fix my plan.”</source>
        <translation>“मैंने आज नाश्ता नहीं किया, मेरा प्लान ठीक करो।”</translation>
    </message>
    <message>
        <source>“I had a croissant at 11.”</source>
        <translation>“मैंने 11 बजे एक क्रोइसॉं खाया।”</translation>
    </message>
    <message>
        <source>“What can I use instead of 30 grams of butter?”</source>
        <translation>“30 ग्राम मक्खन की जगह मैं क्या इस्तेमाल कर सकता हूँ?”</translation>
    </message>
    <message>
        <source>“I cycled for 45 minutes.”</source>
        <translation>“मैंने 45 मिनट साइकिल चलाई।”</translation>
    </message>
    <message>
        <source>“How much protein do I have left today?”</source>
        <translation>“आज मेरे पास कितना प्रोटीन बचा है?”</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>आज़माकर देखें</translation>
    </message>
    <message>
        <source>Press Start in the main window and just talk. For example:</source>
        <translation>मुख्य विंडो में “शुरू करें” दबाएं और बस बोलें। उदाहरण के लिए:</translation>
    </message>
    <message>
        <source>Interrupt any time: the assistant stops and listens.</source>
        <translation>कभी भी बीच में बोलें: असिस्टेंट रुककर सुनता है।</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Calorie history</source>
        <translation>कैलोरी इतिहास</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a day in the calorie history</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>आज, {date}</translation>
    </message>
    <message>
        <source>Target {kcal} kcal</source>
        <translation>टारगेट {kcal} kcal</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>कुछ दर्ज नहीं किया गया</translation>
    </message>
    <message>
        <source>{kcal} kcal over target</source>
        <translation>टारगेट से {kcal} kcal ज़्यादा</translation>
    </message>
    <message>
        <source>{kcal} kcal under target</source>
        <translation>टारगेट से {kcal} kcal कम</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>टारगेट पर</translation>
    </message>
    <message>
        <source>Eaten {kcal} kcal</source>
        <translation>{kcal} kcal खाईं</translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %n day(s) yet.</source>
        <translation>
            <numerusform>पिछले %n दिन में अभी तक कुछ दर्ज नहीं किया गया।</numerusform>
            <numerusform>पिछले %n दिनों में अभी तक कुछ दर्ज नहीं किया गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {kcal} kcal over %n logged day(s)</source>
        <translation>
            <numerusform>%n दर्ज दिन में औसत {kcal} kcal</numerusform>
            <numerusform>%n दर्ज दिनों में औसत {kcal} kcal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over target</source>
        <translation>
            <numerusform>%n दिन टारगेट से ज़्यादा</numerusform>
            <numerusform>%n दिन टारगेट से ज़्यादा</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} Use the Left and Right arrow keys to read each day.</source>
        <translation>{summary} हर दिन पढ़ने के लिए बाएँ और दाएँ ऐरो कुंजियों का इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>target
{kcal}</source>
        <translation>टारगेट
{kcal}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
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
        <translation>Shift</translation>
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
        <translation>कुंजियाँ दबाएं… (Esc रद्द करता है, Backspace साफ़ करता है)</translation>
    </message>
    <message>
        <source>None: click here and press the keys</source>
        <translation>कोई नहीं: यहाँ क्लिक करें और कुंजियाँ दबाएं</translation>
    </message>
    <message>
        <source>That key cannot be part of a hotkey. Try a letter, a number, Space or a function key.</source>
        <translation>वह कुंजी हॉटकी का हिस्सा नहीं हो सकती। कोई अक्षर, अंक, Space या फ़ंक्शन कुंजी आज़माएं।</translation>
    </message>
    <message>
        <source>Add Ctrl or Alt: a hotkey without them would fire whenever you type that key in any app.</source>
        <translation>Ctrl या Alt जोड़ें: इनके बिना हॉटकी तब भी चल जाएगी जब आप किसी भी ऐप में वह कुंजी टाइप करेंगे।</translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <source>Something went wrong inside {app} ({error}). It goes on, but what it was doing may be incomplete; the diary keeps only whole changes.</source>
        <translation>{app} के अंदर कुछ गड़बड़ हो गई ({error})। यह चलता रहेगा, लेकिन जो काम यह कर रहा था वह अधूरा रह सकता है; डायरी में सिर्फ़ पूरे बदलाव ही रखे जाते हैं।</translation>
    </message>
    <message>
        <source>If it happens again, send the log to the developers: {file}</source>
        <translation>अगर यह फिर से हो, तो लॉग डेवलपर्स को भेजें: {file}</translation>
    </message>
    <message>
        <source>An internal error</source>
        <translation>एक आंतरिक गड़बड़ी</translation>
    </message>
    <message>
        <source>{app}: an internal error</source>
        <translation>{app}: एक आंतरिक गड़बड़ी</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your Gemini API key</source>
        <translation>आपकी Gemini API कुंजी</translation>
    </message>
    <message>
        <source>NutriVoice talks to Google&apos;s Gemini Live API with your own key. It is stored in your system keyring, never in a file.</source>
        <translation>NutriVoice आपकी अपनी कुंजी से Google के Gemini Live API से बात करता है। यह आपकी सिस्टम कीरिंग में सेव होती है, कभी किसी फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <source>Get a free key at &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</source>
        <translation>&lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt; पर मुफ़्त कुंजी पाएं।</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>माइक्रोफ़ोन का लेवल</translation>
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
        <translation>{label}: {target} में से {value}</translation>
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
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>Start or stop the conversation</source>
        <translation>बातचीत शुरू करें या रोकें</translation>
    </message>
    <message>
        <source>Start or stop talking (Ctrl+Return)</source>
        <translation>बोलना शुरू करें या रोकें (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>म्यूट करें</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone (Ctrl+M)</source>
        <translation>माइक्रोफ़ोन म्यूट या अनम्यूट करें (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>माइक्रोफ़ोन म्यूट करें</translation>
    </message>
    <message>
        <source>Start or stop talking</source>
        <translation>बोलना शुरू करें या रोकें</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>म्यूट या अनम्यूट करें</translation>
    </message>
    <message>
        <source>What the assistant can see</source>
        <translation>असिस्टेंट क्या देख सकता है</translation>
    </message>
    <message>
        <source>Assistant voice</source>
        <translation>असिस्टेंट की आवाज़</translation>
    </message>
    <message>
        <source>Or type a message and press Enter</source>
        <translation>या कोई मैसेज टाइप करें और Enter दबाएं</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>कोई मैसेज टाइप करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>बातचीत एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Results and diary</source>
        <translation>नतीजे और डायरी</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>डायरी</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>बातचीत एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>बातचीत कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>डायरी एक्सपोर्ट करें (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import diary…</source>
        <translation>डायरी इंपोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo diary change</source>
        <translation>डायरी का बदलाव पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>Undo the newest change of the day the diary shows (Ctrl+Z)</source>
        <translation>डायरी में दिखाए गए दिन का सबसे नया बदलाव पहले जैसा करें (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo diary change</source>
        <translation>डायरी का बदलाव फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Show the &amp;diary</source>
        <translation>डायरी दिखाएं (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>डायग्नोस्टिक्स (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>टूल (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>First-run &amp;walkthrough…</source>
        <translation>शुरुआती परिचय (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Profile &amp;&amp; goals…</source>
        <translation>प्रोफ़ाइल &amp;&amp; लक्ष्य (&amp;P)…</translation>
    </message>
    <message>
        <source>Saved &amp;meals…</source>
        <translation>सेव किए गए भोजन (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About {app}…</source>
        <translation>{app} के बारे में (&amp;A)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Connection lost at {time}; reconnecting…</source>
        <translation>{time} पर कनेक्शन टूट गया; फिर से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Reconnected after {seconds:.0f} s.</source>
        <translation>{seconds:.0f} सेकंड बाद फिर से कनेक्ट हो गया।</translation>
    </message>
    <message>
        <source>Start the conversation first.</source>
        <translation>पहले बातचीत शुरू करें।</translation>
    </message>
    <message>
        <source>Press Start (Ctrl+Return).</source>
        <translation>“शुरू करें” दबाएं (Ctrl+Return)।</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>अनम्यूट करें</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you next press Start.</source>
        <translation>{setting}: यह बदलाव अगली बार “शुरू करें” दबाने पर लागू होगा।</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you restart NutriVoice.</source>
        <translation>{setting}: यह बदलाव NutriVoice को फिर से शुरू करने पर लागू होगा।</translation>
    </message>
    <message>
        <source>Use a desktop shortcut for `nutrivoice --toggle-talk` instead.</source>
        <translation>इसके बजाय `nutrivoice --toggle-talk` के लिए डेस्कटॉप शॉर्टकट इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The push-to-talk hotkey is off</source>
        <translation>पुश-टू-टॉक हॉटकी बंद है</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} के बारे में</translation>
    </message>
    <message>
        <source>A voice-first nutrition assistant.

Food data: {food}

Activity data: {activity}

Default servings for dishes follow the FDA&apos;s Reference Amounts Customarily Consumed (21 CFR 101.12); see docs/SERVINGS.md.</source>
        <translation>आवाज़ पर आधारित पोषण असिस्टेंट।

खाद्य डेटा: {food}

गतिविधि डेटा: {activity}

व्यंजनों की डिफ़ॉल्ट सर्विंग FDA की Reference Amounts Customarily Consumed (21 CFR 101.12) के अनुसार हैं; docs/SERVINGS.md देखें।</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>बातचीत एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;टेक्स्ट (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Diary saved to {path} (%n days)</source>
        <translation>
            <numerusform>डायरी {path} में सेव की गई (%n दिन)</numerusform>
            <numerusform>डायरी {path} में सेव की गई (%n दिन)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import diary</source>
        <translation>डायरी इंपोर्ट करें</translation>
    </message>
    <message>
        <source>NutriVoice diary CSV (*.csv)</source>
        <translation>NutriVoice डायरी CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>कुछ भी इंपोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <source>Could not import the diary</source>
        <translation>डायरी इंपोर्ट नहीं की जा सकी</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) of the diary (Ctrl+Z undoes a day).</source>
        <translation>
            <numerusform>डायरी का %n दिन इंपोर्ट किया गया (Ctrl+Z एक दिन को पहले जैसा करता है)।</numerusform>
            <numerusform>डायरी के %n दिन इंपोर्ट किए गए (Ctrl+Z एक दिन को पहले जैसा करता है)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>एक्सपोर्ट नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Conversation saved to {path}</source>
        <translation>बातचीत {path} में सेव की गई</translation>
    </message>
    <message>
        <source>Conversation copied</source>
        <translation>बातचीत कॉपी की गई</translation>
    </message>
    <message>
        <source>Still running in the tray. Use Quit to exit.</source>
        <translation>अब भी ट्रे में चल रहा है। बंद करने के लिए “बाहर निकलें” इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>Keep sharing?</source>
        <translation>शेयर करते रहें?</translation>
    </message>
    <message>
        <source>Your {what} is shared with Gemini. Keep sharing while NutriVoice is in the tray?</source>
        <translation>आपका {what} Gemini के साथ शेयर हो रहा है। NutriVoice के ट्रे में रहते हुए भी शेयर करते रहें?</translation>
    </message>
    <message>
        <source>Stop sharing and hide</source>
        <translation>शेयर करना बंद करें और छिपाएं</translation>
    </message>
    <message>
        <source>Keep sharing and hide</source>
        <translation>शेयर करते रहें और छिपाएं</translation>
    </message>
</context>
<context>
    <name>Meals</name>
    <message>
        <source>Breakfast</source>
        <translation>नाश्ता</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>दोपहर का खाना</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>रात का खाना</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>स्नैक्स</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>सेटिंग्स खोलें</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>अभी फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>खारिज करें</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>खारिज करें (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; </source>
        <translation>&lt;b&gt;{title}।&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>MessageCenter</name>
    <message>
        <source>Since {time}. More in the log: {log}</source>
        <translation>{time} से। लॉग में ज़्यादा जानकारी: {log}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unlock your keyring, then press Start.</source>
        <translation>अपनी कीरिंग अनलॉक करें, फिर “शुरू करें” दबाएं।</translation>
    </message>
    <message>
        <source>Cannot read the API key</source>
        <translation>API कुंजी पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>NutriVoice needs a Gemini API key to talk.</source>
        <translation>बात करने के लिए NutriVoice को Gemini API कुंजी चाहिए।</translation>
    </message>
    <message>
        <source>Open Settings and paste your key from Google AI Studio.</source>
        <translation>सेटिंग्स खोलें और Google AI Studio से अपनी कुंजी पेस्ट करें।</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>अभी तक कोई API कुंजी नहीं है</translation>
    </message>
    <message>
        <source>The microphone pauses while the assistant speaks; headphones help.</source>
        <translation>असिस्टेंट के बोलते समय माइक्रोफ़ोन रुक जाता है; हेडफ़ोन से मदद मिलती है।</translation>
    </message>
    <message>
        <source>Echo cancellation is off</source>
        <translation>इको कैंसलेशन बंद है</translation>
    </message>
    <message>
        <source>You can still type to the assistant; fix the device in Settings.</source>
        <translation>आप अब भी असिस्टेंट को टाइप करके लिख सकते हैं; सेटिंग्स में डिवाइस ठीक करें।</translation>
    </message>
    <message>
        <source>Audio device problem</source>
        <translation>ऑडियो डिवाइस में समस्या</translation>
    </message>
    <message>
        <source>The microphone stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>माइक्रोफ़ोन से ऑडियो आना बंद हो गया (अनप्लग हो गया या किसी दूसरे ऐप ने ले लिया?)।</translation>
    </message>
    <message>
        <source>The speaker stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>स्पीकर से ऑडियो आना बंद हो गया (अनप्लग हो गया या किसी दूसरे ऐप ने ले लिया?)।</translation>
    </message>
    <message>
        <source>The microphone stopped</source>
        <translation>माइक्रोफ़ोन बंद हो गया</translation>
    </message>
    <message>
        <source>The speaker stopped</source>
        <translation>स्पीकर बंद हो गया</translation>
    </message>
    <message>
        <source>Plug it back in or choose another in Settings, then press Start again. You can keep typing meanwhile.</source>
        <translation>इसे फिर से प्लग इन करें या सेटिंग्स में कोई दूसरा चुनें, फिर दोबारा “शुरू करें” दबाएं। तब तक आप टाइप करते रह सकते हैं।</translation>
    </message>
    <message>
        <source>Check the camera or screen setting.</source>
        <translation>कैमरा या स्क्रीन की सेटिंग जाँचें।</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>शेयर करना बंद हो गया</translation>
    </message>
    <message>
        <source>Gemini sent something unreadable</source>
        <translation>Gemini ने कुछ ऐसा भेजा जो पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>The app could not read {what}.</source>
        <translation>ऐप {what} नहीं पढ़ सका।</translation>
    </message>
    <message>
        <source>Reconnecting; the conversation is kept.</source>
        <translation>फिर से कनेक्ट हो रहा है; बातचीत बनी रहेगी।</translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation>सेवा ने कनेक्शन अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}.</source>
        <translation>सर्वर ने HTTP {status} जवाब दिया।</translation>
    </message>
    <message>
        <source>Check the API endpoint in Settings, or try again later.</source>
        <translation>सेटिंग्स में API एंडपॉइंट जाँचें, या बाद में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Cannot verify the server</source>
        <translation>सर्वर की पुष्टि नहीं की जा सकती</translation>
    </message>
    <message>
        <source>The TLS certificate was not trusted ({why}).</source>
        <translation>TLS सर्टिफ़िकेट पर भरोसा नहीं किया गया ({why})।</translation>
    </message>
    <message>
        <source>If a proxy inspects your traffic, enter the API endpoint and the proxy&apos;s CA file in Settings; otherwise check your system clock.</source>
        <translation>अगर कोई प्रॉक्सी आपके ट्रैफ़िक की जाँच करता है, तो सेटिंग्स में API एंडपॉइंट और प्रॉक्सी की CA फ़ाइल डालें; नहीं तो अपने सिस्टम की घड़ी जाँचें।</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>सर्वर ने जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>Gemini did not finish setting up the session in time.</source>
        <translation>Gemini समय पर सेशन सेट अप नहीं कर पाया।</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection if this keeps happening.</source>
        <translation>फिर से कोशिश की जा रही है; अगर ऐसा बार-बार हो, तो अपना इंटरनेट कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>कोई कनेक्शन नहीं</translation>
    </message>
    <message>
        <source>Could not reach Gemini ({why}).</source>
        <translation>Gemini तक नहीं पहुँचा जा सका ({why})।</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection.</source>
        <translation>फिर से कोशिश की जा रही है; अपना इंटरनेट कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>अनपेक्षित समस्या</translation>
    </message>
    <message>
        <source>Press Start to try again; see the log for details.</source>
        <translation>फिर से कोशिश करने के लिए “शुरू करें” दबाएं; विवरण के लिए लॉग देखें।</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API कुंजी अस्वीकार कर दी गई</translation>
    </message>
    <message>
        <source>Gemini did not accept the API key ({detail}).</source>
        <translation>Gemini ने API कुंजी स्वीकार नहीं की ({detail})।</translation>
    </message>
    <message>
        <source>Open Settings and paste a valid key from Google AI Studio.</source>
        <translation>सेटिंग्स खोलें और Google AI Studio से एक मान्य कुंजी पेस्ट करें।</translation>
    </message>
    <message>
        <source>The server sent more than expected</source>
        <translation>सर्वर ने उम्मीद से ज़्यादा भेजा</translation>
    </message>
    <message>
        <source>The connection was reset ({detail}).</source>
        <translation>कनेक्शन रीसेट हो गया ({detail})।</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>अपने-आप फिर से कनेक्ट हो रहा है।</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>सेशन की समय-सीमा खत्म हो गई</translation>
    </message>
    <message>
        <source>The previous conversation could not be resumed.</source>
        <translation>पिछली बातचीत फिर से शुरू नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>Starting a fresh session.</source>
        <translation>नया सेशन शुरू हो रहा है।</translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation>मॉडल उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>The model was rejected.</source>
        <translation>मॉडल अस्वीकार कर दिया गया।</translation>
    </message>
    <message>
        <source>Choose another model in Settings.</source>
        <translation>सेटिंग्स में कोई दूसरा मॉडल चुनें।</translation>
    </message>
    <message>
        <source>Gemini ended the session</source>
        <translation>Gemini ने सेशन खत्म कर दिया</translation>
    </message>
    <message>
        <source>Close code {code}.</source>
        <translation>क्लोज़ कोड {code}।</translation>
    </message>
    <message>
        <source>Starting a fresh session: the diary is kept, the conversation so far is not.</source>
        <translation>नया सेशन शुरू हो रहा है: डायरी बनी रहेगी, अब तक की बातचीत नहीं।</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>सेशन खत्म हो गया</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>सर्वर ने सेशन बंद कर दिया।</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>फिर से कनेक्ट हो रहा है।</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>Cannot set up the connection</source>
        <translation>कनेक्शन सेट अप नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Check the API endpoint and CA file in Settings.</source>
        <translation>सेटिंग्स में API एंडपॉइंट और CA फ़ाइल जाँचें।</translation>
    </message>
    <message>
        <source>Refreshing the connection…</source>
        <translation>कनेक्शन रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <source>Press Start to try again; check your internet connection if this keeps happening.</source>
        <translation>फिर से कोशिश करने के लिए “शुरू करें” दबाएं; अगर ऐसा बार-बार हो, तो अपना इंटरनेट कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>{problem}. Trying again in a moment…</source>
        <translation>{problem}। कुछ ही देर में फिर से कोशिश की जाएगी…</translation>
    </message>
    <message>
        <source>{problem}. Trying again in {seconds} s…</source>
        <translation>{problem}। {seconds} सेकंड में फिर से कोशिश की जाएगी…</translation>
    </message>
    <message>
        <source>{old} is not available; this conversation goes on with {new}.</source>
        <translation>{old} उपलब्ध नहीं है; यह बातचीत {new} के साथ जारी है।</translation>
    </message>
    <message>
        <source>{old} failed {times} times in a row; this conversation goes on with {new}.</source>
        <translation>{old} लगातार {times} बार विफल रहा; यह बातचीत {new} के साथ जारी है।</translation>
    </message>
    <message>
        <source>Switched to another model</source>
        <translation>दूसरे मॉडल पर स्विच किया गया</translation>
    </message>
    <message>
        <source>To keep using another model, choose it in Settings.</source>
        <translation>दूसरा मॉडल इस्तेमाल करते रहने के लिए, उसे सेटिंग्स में चुनें।</translation>
    </message>
    <message>
        <source>The connection seems to have stopped working.</source>
        <translation>लगता है कनेक्शन ने काम करना बंद कर दिया है।</translation>
    </message>
    <message>
        <source>Gemini did not answer for {seconds} s</source>
        <translation>Gemini ने {seconds} सेकंड तक जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>Nothing came back from Gemini for {seconds} s</source>
        <translation>Gemini से {seconds} सेकंड तक कुछ वापस नहीं आया</translation>
    </message>
    <message>
        <source>The computer slept for {seconds} s</source>
        <translation>कंप्यूटर {seconds} सेकंड तक स्लीप में रहा</translation>
    </message>
    <message>
        <source>Not connected. Press Start to talk.</source>
        <translation>कनेक्ट नहीं है। बात करने के लिए “शुरू करें” दबाएं।</translation>
    </message>
    <message>
        <source>Connecting to Gemini…</source>
        <translation>Gemini से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Listening. Just talk.</source>
        <translation>सुन रहा है। बस बोलिए।</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Keep talking; nothing is lost.</source>
        <translation>कनेक्शन टूट गया, फिर से कनेक्ट हो रहा है… बोलते रहें; कुछ भी खोया नहीं है।</translation>
    </message>
    <message>
        <source>Stopped because of a problem.</source>
        <translation>किसी समस्या की वजह से रुक गया।</translation>
    </message>
    <message>
        <source>Couldn&apos;t {action}</source>
        <translation>{action} में विफल</translation>
    </message>
    <message>
        <source>do that</source>
        <translation>यह करने</translation>
    </message>
    <message>
        <source>Audio is unavailable: PyAudio could not load ({problem}).</source>
        <translation>ऑडियो उपलब्ध नहीं है: PyAudio लोड नहीं हो सका ({problem})।</translation>
    </message>
    <message>
        <source>Microphone “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>माइक्रोफ़ोन “{name}” कनेक्ट नहीं है। उपलब्ध: {available}। सेटिंग्स में कोई दूसरा चुनें या इसे फिर से प्लग इन करें।</translation>
    </message>
    <message>
        <source>Speaker “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>स्पीकर “{name}” कनेक्ट नहीं है। उपलब्ध: {available}। सेटिंग्स में कोई दूसरा चुनें या इसे फिर से प्लग इन करें।</translation>
    </message>
    <message>
        <source>Could not open the microphone ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>माइक्रोफ़ोन खोला नहीं जा सका ({problem})। जाँचें कि यह कनेक्ट है और कोई दूसरा ऐप इसे अकेले इस्तेमाल नहीं कर रहा, या सेटिंग्स में कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>Could not open the speaker ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>स्पीकर खोला नहीं जा सका ({problem})। जाँचें कि यह कनेक्ट है और कोई दूसरा ऐप इसे अकेले इस्तेमाल नहीं कर रहा, या सेटिंग्स में कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>Global hotkeys are not available on Wayland: Wayland does not let apps listen to the keyboard. Use the Hold to talk button, or log in with an X11 session.</source>
        <translation>Wayland पर ग्लोबल हॉटकी उपलब्ध नहीं हैं: Wayland ऐप्स को कीबोर्ड सुनने नहीं देता। “दबाकर बोलें” बटन इस्तेमाल करें, या X11 सेशन से लॉग इन करें।</translation>
    </message>
    <message>
        <source>Global hotkeys need a graphical X11 session (no DISPLAY is set).</source>
        <translation>ग्लोबल हॉटकी के लिए ग्राफ़िकल X11 सेशन चाहिए (कोई DISPLAY सेट नहीं है)।</translation>
    </message>
    <message>
        <source>Global hotkeys could not start ({problem}).</source>
        <translation>ग्लोबल हॉटकी शुरू नहीं हो सकीं ({problem})।</translation>
    </message>
    <message>
        <source>“{keys}” is not a valid key combination ({problem}). Choose it again in Settings.</source>
        <translation>“{keys}” मान्य कुंजी संयोजन नहीं है ({problem})। इसे सेटिंग्स में फिर से चुनें।</translation>
    </message>
    <message>
        <source>Camera {camera} could not be opened. Check that it is connected and not in use by another app, or choose another camera in Settings.</source>
        <translation>कैमरा {camera} खोला नहीं जा सका। जाँचें कि यह कनेक्ट है और कोई दूसरा ऐप इसे इस्तेमाल नहीं कर रहा, या सेटिंग्स में कोई दूसरा कैमरा चुनें।</translation>
    </message>
    <message>
        <source>The screen cannot be captured here ({problem}). Screen sharing needs an X11 session (or XWayland access).</source>
        <translation>यहाँ स्क्रीन कैप्चर नहीं की जा सकती ({problem})। स्क्रीन शेयर करने के लिए X11 सेशन (या XWayland ऐक्सेस) चाहिए।</translation>
    </message>
    <message>
        <source>The window chosen for sharing cannot be shared ({problem}). Choose another window or a monitor in Settings → Camera &amp; screen.</source>
        <translation>शेयर करने के लिए चुनी गई विंडो शेयर नहीं की जा सकती ({problem})। सेटिंग्स → कैमरा और स्क्रीन में कोई दूसरी विंडो या मॉनिटर चुनें।</translation>
    </message>
    <message>
        <source>The shared window was closed or minimised.</source>
        <translation>शेयर की गई विंडो बंद या छोटी कर दी गई।</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures (unplugged?).</source>
        <translation>कैमरे से तस्वीरें आना बंद हो गया (अनप्लग हो गया?)।</translation>
    </message>
    <message>
        <source>Sharing stopped: {problem}</source>
        <translation>शेयर करना बंद हो गया: {problem}</translation>
    </message>
    <message>
        <source>Restore the backup from {day}, or start an empty diary.</source>
        <translation>{day} का बैकअप वापस लाएं, या खाली डायरी शुरू करें।</translation>
    </message>
    <message>
        <source>The diary file is damaged</source>
        <translation>डायरी फ़ाइल खराब हो गई है</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged, and NutriVoice could not move it aside.</source>
        <translation>{where} पर मौजूद डायरी खराब हो गई है, और NutriVoice उसे अलग नहीं हटा सका।</translation>
    </message>
    <message>
        <source>Copy that file somewhere safe, remove it, and start NutriVoice again.</source>
        <translation>उस फ़ाइल को किसी सुरक्षित जगह कॉपी करें, उसे हटाएं, और NutriVoice फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged. NutriVoice moved it aside to {aside}, so nothing in it is lost.</source>
        <translation>{where} पर मौजूद डायरी खराब हो गई है। NutriVoice ने उसे अलग हटाकर {aside} में रख दिया है, इसलिए उसमें से कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <source>Start an empty diary; the damaged copy stays where it is in case it can be rescued.</source>
        <translation>खाली डायरी शुरू करें; खराब कॉपी जहाँ है वहीं रहेगी, ताकि अगर हो सके तो उसे बचाया जा सके।</translation>
    </message>
    <message>
        <source>The diary is missing</source>
        <translation>डायरी नहीं मिल रही</translation>
    </message>
    <message>
        <source>There is no diary at {where}, but there is a backup of it from {day}.</source>
        <translation>{where} पर कोई डायरी नहीं है, लेकिन उसका {day} का बैकअप मौजूद है।</translation>
    </message>
    <message>
        <source>The diary is from a newer NutriVoice</source>
        <translation>डायरी NutriVoice के नए वर्शन की है</translation>
    </message>
    <message>
        <source>The diary at {where} was saved by a newer version of NutriVoice{because}.</source>
        <translation>{where} पर मौजूद डायरी NutriVoice के नए वर्शन से सेव की गई थी{because}।</translation>
    </message>
    <message>
        <source>Update NutriVoice to open it. The diary was not changed.</source>
        <translation>इसे खोलने के लिए NutriVoice अपडेट करें। डायरी में कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>The diary is read-only</source>
        <translation>डायरी केवल-पढ़ने योग्य है</translation>
    </message>
    <message>
        <source>The diary is read-only: NutriVoice cannot save to {where}{because}.</source>
        <translation>डायरी केवल-पढ़ने योग्य है: NutriVoice {where} में सेव नहीं कर सकता{because}।</translation>
    </message>
    <message>
        <source>Allow your user to write to that file and its folder (or move it off read-only media), then start NutriVoice again.</source>
        <translation>अपने यूज़र को उस फ़ाइल और उसके फ़ोल्डर में लिखने की अनुमति दें (या उसे केवल-पढ़ने योग्य मीडिया से हटाएं), फिर NutriVoice फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <source>The disk is full: NutriVoice could not set up the diary at {where}.</source>
        <translation>डिस्क भर गई है: NutriVoice {where} पर डायरी सेट अप नहीं कर सका।</translation>
    </message>
    <message>
        <source>Free some space on that drive, then start NutriVoice again.</source>
        <translation>उस ड्राइव पर कुछ जगह खाली करें, फिर NutriVoice फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The diary is busy</source>
        <translation>डायरी व्यस्त है</translation>
    </message>
    <message>
        <source>Another program kept the diary at {where} locked for too long (another NutriVoice, or a &apos;nutrivoice tool&apos; command).</source>
        <translation>किसी दूसरे प्रोग्राम ने {where} पर मौजूद डायरी को बहुत देर तक लॉक रखा (कोई दूसरा NutriVoice, या कोई &apos;nutrivoice tool&apos; कमांड)।</translation>
    </message>
    <message>
        <source>Close the other NutriVoice or wait for the command to finish, then try again.</source>
        <translation>दूसरा NutriVoice बंद करें या कमांड के पूरा होने का इंतज़ार करें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>NutriVoice cannot reach the diary</source>
        <translation>NutriVoice डायरी तक नहीं पहुँच सकता</translation>
    </message>
    <message>
        <source>NutriVoice cannot open the diary at {where}{because}.</source>
        <translation>NutriVoice {where} पर मौजूद डायरी नहीं खोल सकता{because}।</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it, and that its drive is connected; then start NutriVoice again.</source>
        <translation>जाँचें कि फ़ोल्डर मौजूद है, आप उसमें लिख सकते हैं, और उसकी ड्राइव कनेक्ट है; फिर NutriVoice फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Mifflin-St Jeor equation (Am J Clin Nutr 1990;51:241-7) × activity factor; about 7,700 kcal per kg for a goal; macro shares within the Acceptable Macronutrient Distribution Ranges (IOM 2005).</source>
        <translation>Mifflin-St Jeor समीकरण (Am J Clin Nutr 1990;51:241-7) × गतिविधि गुणक; किसी लक्ष्य के लिए प्रति kg लगभग 7,700 kcal; मैक्रो हिस्से Acceptable Macronutrient Distribution Ranges (IOM 2005) के भीतर।</translation>
    </message>
    <message>
        <source>sedentary</source>
        <translation>गतिहीन</translation>
    </message>
    <message>
        <source>light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>very active</source>
        <translation>बहुत सक्रिय</translation>
    </message>
    <message>
        <source>Protein, carbs and fat shares must add up to 100 % (they add up to {split} %).</source>
        <translation>प्रोटीन, कार्ब्स और वसा के हिस्सों का जोड़ 100 % होना चाहिए (अभी जोड़ {split} % है)।</translation>
    </message>
    <message>
        <source>protein {protein} g, carbs {carbs} g, fat {fat} g</source>
        <translation>प्रोटीन {protein} g, कार्ब्स {carbs} g, वसा {fat} g</translation>
    </message>
    <message>
        <source>Set by hand: {kcal} kcal; {macros}.</source>
        <translation>हाथ से सेट किया गया: {kcal} kcal; {macros}।</translation>
    </message>
    <message>
        <source>height</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <source>age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>{kcal} kcal; {macros} (defaults: add your {missing} to compute targets from your body).</source>
        <translation>{kcal} kcal; {macros} (डिफ़ॉल्ट: आपके शरीर के हिसाब से टारगेट निकालने के लिए {missing} जोड़ें)।</translation>
    </message>
    <message>
        <source> − {kcal} to lose {rate} kg a week</source>
        <translation> − {kcal} (हर हफ़्ते {rate} kg वज़न घटाने के लिए)</translation>
    </message>
    <message>
        <source> to keep your weight</source>
        <translation> (वज़न बनाए रखने के लिए)</translation>
    </message>
    <message>
        <source> + {kcal} to gain {rate} kg a week</source>
        <translation> + {kcal} (हर हफ़्ते {rate} kg वज़न बढ़ाने के लिए)</translation>
    </message>
    <message>
        <source> (raised to the {floor} kcal floor)</source>
        <translation> ({floor} kcal की न्यूनतम सीमा तक बढ़ाया गया)</translation>
    </message>
    <message>
        <source>Resting {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % of energy).</source>
        <translation>विश्राम ऊर्जा {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} (ऊर्जा का {protein} / {carbs} / {fat} %)।</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>नाश्ता</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>दोपहर का खाना</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>रात का खाना</translation>
    </message>
    <message>
        <source>snacks</source>
        <translation>स्नैक्स</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>योजना में</translation>
    </message>
    <message>
        <source>eaten</source>
        <translation>खा लिया</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>छूटा</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>{kcal} kcal left</source>
        <translation>{kcal} kcal बाकी</translation>
    </message>
    <message>
        <source>{kcal} kcal over</source>
        <translation>{kcal} kcal ज़्यादा</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>बिल्कुल टारगेट पर</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month}</source>
        <translation>{weekday}, {day} {month}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>protein</source>
        <translation>प्रोटीन</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>कार्ब्स</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>वसा</translation>
    </message>
    <message>
        <source>protein g</source>
        <translation>प्रोटीन g</translation>
    </message>
    <message>
        <source>carbs g</source>
        <translation>कार्ब्स g</translation>
    </message>
    <message>
        <source>fat g</source>
        <translation>वसा g</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>खाद्य पदार्थ</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>ग्राम</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day} {month}</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>भोजन</translation>
    </message>
    <message>
        <source>Before kcal</source>
        <translation>पहले kcal</translation>
    </message>
    <message>
        <source>After kcal</source>
        <translation>बाद में kcal</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>प्रोटीन g</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>कार्ब्स g</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>वसा g</translation>
    </message>
    <message>
        <source>{meal} (eaten)</source>
        <translation>{meal} (खा लिया)</translation>
    </message>
    <message>
        <source>{meal} (missed)</source>
        <translation>{meal} (छूटा)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>मौजूदा</translation>
    </message>
    <message>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Profile change (not saved yet)</source>
        <translation>प्रोफ़ाइल में बदलाव (अभी सेव नहीं हुआ)</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>प्रोफ़ाइल अपडेट की गई</translation>
    </message>
    <message>
        <source>Diary entry removed</source>
        <translation>डायरी एंट्री हटाई गई</translation>
    </message>
    <message>
        <source>Removed {amount} {food} ({kcal} kcal) from {meal}.</source>
        <translation>{meal} से {amount} {food} ({kcal} kcal) हटाया गया।</translation>
    </message>
    <message>
        <source>remove that entry</source>
        <translation>वह एंट्री हटाने</translation>
    </message>
    <message>
        <source>Saved meal deleted</source>
        <translation>सेव किया गया भोजन मिटाया गया</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” मिटाया गया।</translation>
    </message>
    <message>
        <source>delete that saved meal</source>
        <translation>वह सेव किया गया भोजन मिटाने</translation>
    </message>
    <message>
        <source>Diary entry changed</source>
        <translation>डायरी एंट्री बदली गई</translation>
    </message>
    <message>
        <source>Changed {food}: {changes}.</source>
        <translation>{food} बदला गया: {changes}।</translation>
    </message>
    <message>
        <source>Changed {food}: nothing to change.</source>
        <translation>{food}: बदलने के लिए कुछ नहीं था।</translation>
    </message>
    <message>
        <source>change that entry</source>
        <translation>वह एंट्री बदलने</translation>
    </message>
    <message>
        <source>Nutrition facts</source>
        <translation>पोषण तथ्य</translation>
    </message>
    <message>
        <source>{amount} {food}: {kcal} kcal, {protein} g protein, {carbs} g carbs, {fat} g fat ({source}).</source>
        <translation>{amount} {food}: {kcal} kcal, {protein} g प्रोटीन, {carbs} g कार्ब्स, {fat} g वसा ({source})।</translation>
    </message>
    <message>
        <source>Other matches below: ask which one is meant.</source>
        <translation>नीचे और भी मिलते-जुलते नतीजे हैं: पूछें कि कौन-सा मतलब है।</translation>
    </message>
    <message>
        <source>kcal / 100 g</source>
        <translation>kcal / 100 g</translation>
    </message>
    <message>
        <source>source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>find that food</source>
        <translation>वह खाना ढूँढने</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal plus {activity} from activity; {left}.</source>
        <translation>{day}: {target} kcal (+ गतिविधि से {activity}) में से {eaten} खाईं; {left}।</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal; {left}.</source>
        <translation>{day}: {target} kcal में से {eaten} खाईं; {left}।</translation>
    </message>
    <message>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>target kcal</source>
        <translation>टारगेट kcal</translation>
    </message>
    <message>
        <source>eaten kcal</source>
        <translation>खाई गई kcal</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>आज अब तक</translation>
    </message>
    <message>
        <source>sum up that day</source>
        <translation>उस दिन का सारांश बनाने</translation>
    </message>
    <message>
        <source>Saved meals</source>
        <translation>सेव किए गए भोजन</translation>
    </message>
    <message>
        <source>Saved meal</source>
        <translation>सेव किया गया भोजन</translation>
    </message>
    <message>
        <source>foods</source>
        <translation>खाद्य पदार्थ</translation>
    </message>
    <message>
        <source>No saved meals yet.</source>
        <translation>अभी तक कोई सेव किया गया भोजन नहीं है।</translation>
    </message>
    <message>
        <source>list the saved meals</source>
        <translation>सेव किए गए भोजनों की सूची बनाने</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>गतिविधि दर्ज की गई</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} net kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}: {weight} kg वज़न पर {minutes} मिनट में लगभग {kcal} शुद्ध kcal बर्न होती हैं (MET {met}); {day} के बजट में जोड़ी गईं।</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}: {weight} kg वज़न पर {minutes} मिनट में लगभग {kcal} kcal बर्न होती हैं (MET {met}); {day} के बजट में जोड़ी गईं।</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>बर्न हुईं</translation>
    </message>
    <message>
        <source>Remaining before</source>
        <translation>पहले बची</translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation>अब बची</translation>
    </message>
    <message>
        <source>Compendium 2011, code {code}</source>
        <translation>Compendium 2011, कोड {code}</translation>
    </message>
    <message>
        <source>log that activity</source>
        <translation>वह गतिविधि दर्ज करने</translation>
    </message>
    <message>
        <source>Food logged</source>
        <translation>खाना दर्ज किया गया</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal}.</source>
        <translation>{meal}: {amount} {food} ({kcal} kcal) दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} {day}.</source>
        <translation>{meal} ({day}): {amount} {food} ({kcal} kcal) दर्ज किया गया।</translation>
    </message>
    <message>
        <source>log that food</source>
        <translation>वह खाना दर्ज करने</translation>
    </message>
    <message>
        <source>Saved meal logged</source>
        <translation>सेव किया गया भोजन दर्ज किया गया</translation>
    </message>
    <message>
        <source>Logged “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>{meal}: “{name}” ({kcal} kcal) दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Logged {portions} × “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>{meal}: {portions} × “{name}” ({kcal} kcal) दर्ज किया गया।</translation>
    </message>
    <message>
        <source>log that saved meal</source>
        <translation>वह सेव किया गया भोजन दर्ज करने</translation>
    </message>
    <message>
        <source>Weight logged</source>
        <translation>वज़न दर्ज किया गया</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg. {change} kg since {since}.</source>
        <translation>वज़न ({day}): {kg} kg। {since} से {change} kg।</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg.</source>
        <translation>वज़न ({day}): {kg} kg।</translation>
    </message>
    <message>
        <source>log that weight</source>
        <translation>वह वज़न दर्ज करने</translation>
    </message>
    <message>
        <source>Missed meal rebalanced</source>
        <translation>छूटे भोजन को फिर से संतुलित किया गया</translation>
    </message>
    <message>
        <source>Moved the missed {meal} ({kcal} kcal) into {meals}.</source>
        <translation>छूटा भोजन — {meal} ({kcal} kcal) — {meals} में बाँट दिया गया।</translation>
    </message>
    <message>
        <source>{kcal} kcal did not fit without making a meal too large.</source>
        <translation>{kcal} kcal को किसी भोजन को बहुत बड़ा किए बिना नहीं बाँटा जा सका।</translation>
    </message>
    <message>
        <source>rebalance the missed meal</source>
        <translation>छूटे भोजन को फिर से संतुलित करने</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>फिर से किया गया</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>फिर से किया गया: {change}</translation>
    </message>
    <message>
        <source>redo that change</source>
        <translation>वह बदलाव फिर से करने</translation>
    </message>
    <message>
        <source>Logged again</source>
        <translation>फिर से दर्ज किया गया</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} again, as on {day}.</source>
        <translation>{meal}: {amount} {food} ({kcal} kcal) फिर से दर्ज किया गया, जैसा {day} को किया था।</translation>
    </message>
    <message>
        <source>log that again</source>
        <translation>उसे फिर से दर्ज करने</translation>
    </message>
    <message>
        <source>Meal saved</source>
        <translation>भोजन सेव किया गया</translation>
    </message>
    <message>
        <source>Updated “{name}”: {foods} — {kcal} kcal.</source>
        <translation>“{name}” अपडेट किया गया: {foods} — {kcal} kcal।</translation>
    </message>
    <message>
        <source>Saved “{name}”: {foods} — {kcal} kcal.</source>
        <translation>“{name}” सेव किया गया: {foods} — {kcal} kcal।</translation>
    </message>
    <message>
        <source>save that meal</source>
        <translation>वह भोजन सेव करने</translation>
    </message>
    <message>
        <source>lose {rate} kg a week</source>
        <translation>हर हफ़्ते {rate} kg वज़न घटाना</translation>
    </message>
    <message>
        <source>keep the weight</source>
        <translation>वज़न बनाए रखना</translation>
    </message>
    <message>
        <source>gain {rate} kg a week</source>
        <translation>हर हफ़्ते {rate} kg वज़न बढ़ाना</translation>
    </message>
    <message>
        <source>protein {value}</source>
        <translation>प्रोटीन {value}</translation>
    </message>
    <message>
        <source>carbs {value}</source>
        <translation>कार्ब्स {value}</translation>
    </message>
    <message>
        <source>fat {value}</source>
        <translation>वसा {value}</translation>
    </message>
    <message>
        <source>computed targets</source>
        <translation>गणना किए गए टारगेट</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>लक्ष्य: {goal}</translation>
    </message>
    <message>
        <source>change the goal</source>
        <translation>लक्ष्य बदलने</translation>
    </message>
    <message>
        <source>Ingredient swap</source>
        <translation>सामग्री की अदला-बदली</translation>
    </message>
    <message>
        <source>Swap ideas</source>
        <translation>अदला-बदली के सुझाव</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap keeps the macros.</source>
        <translation>{amount} {old} की जगह {grams} g {new} इस्तेमाल करें: इस अदला-बदली से मैक्रो वही रहते हैं।</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap is off by up to {error}% on one macro.</source>
        <translation>{amount} {old} की जगह {grams} g {new} इस्तेमाल करें: इस अदला-बदली में किसी एक मैक्रो में {error}% तक का अंतर है।</translation>
    </message>
    <message>
        <source>difference %</source>
        <translation>अंतर %</translation>
    </message>
    <message>
        <source>Swaps for {amount} {food}: {options}</source>
        <translation>{amount} {food} के विकल्प: {options}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>max error %</source>
        <translation>अधिकतम त्रुटि %</translation>
    </message>
    <message>
        <source>find a swap</source>
        <translation>कोई विकल्प ढूँढने</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>पहले जैसा किया गया</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>पहले जैसा किया गया: {change}</translation>
    </message>
    <message>
        <source>undo that change</source>
        <translation>वह बदलाव पहले जैसा करने</translation>
    </message>
    <message>
        <source>Unplanned food compensated</source>
        <translation>बिना योजना के खाने की भरपाई की गई</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) and trimmed {meals}.</source>
        <translation>{amount} {food} ({kcal} kcal) दर्ज किया गया और {meals} को कम किया गया।</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day will end about that much over.</source>
        <translation>बाकी भोजन {kcal} kcal नहीं समा सकते: दिन लगभग इतनी kcal ज़्यादा पर खत्म होगा।</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day ended about that much over.</source>
        <translation>बाकी भोजन {kcal} kcal नहीं समा सके: दिन लगभग इतनी kcal ज़्यादा पर खत्म हुआ।</translation>
    </message>
    <message>
        <source>Meal plan changed</source>
        <translation>भोजन योजना बदली गई</translation>
    </message>
    <message>
        <source>{meal} {share} at {time}</source>
        <translation>{meal} {share}, {time} बजे</translation>
    </message>
    <message>
        <source>Meal plan from tomorrow (and today&apos;s meals not eaten yet): {meals}.</source>
        <translation>कल से भोजन योजना (और आज के वे भोजन जो अभी नहीं खाए गए): {meals}।</translation>
    </message>
    <message>
        <source>time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>change the meal plan</source>
        <translation>भोजन योजना बदलने</translation>
    </message>
    <message>
        <source>weight kg {value}</source>
        <translation>वज़न kg {value}</translation>
    </message>
    <message>
        <source>height cm {value}</source>
        <translation>लंबाई cm {value}</translation>
    </message>
    <message>
        <source>age {value}</source>
        <translation>उम्र {value}</translation>
    </message>
    <message>
        <source>sex {value}</source>
        <translation>लिंग {value}</translation>
    </message>
    <message>
        <source>activity {value}</source>
        <translation>गतिविधि {value}</translation>
    </message>
    <message>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>कोई बदलाव नहीं</translation>
    </message>
    <message>
        <source>Profile: {changes}</source>
        <translation>प्रोफ़ाइल: {changes}</translation>
    </message>
    <message>
        <source>update the profile</source>
        <translation>प्रोफ़ाइल अपडेट करने</translation>
    </message>
    <message>
        <source>No system keyring is available to store your API key securely. On Linux install and unlock a Secret Service provider (GNOME Keyring or KWallet) and make sure a D-Bus session is running; or set the GEMINI_API_KEY environment variable instead.</source>
        <translation>आपकी API कुंजी को सुरक्षित रूप से रखने के लिए कोई सिस्टम कीरिंग उपलब्ध नहीं है। Linux पर कोई Secret Service प्रोवाइडर (GNOME Keyring या KWallet) इंस्टॉल और अनलॉक करें और पक्का करें कि D-Bus सेशन चल रहा है; या इसके बजाय GEMINI_API_KEY एनवायरनमेंट वैरिएबल सेट करें।</translation>
    </message>
    <message>
        <source>Your system keyring is locked. Unlock it (log in to your desktop keyring) and try again.</source>
        <translation>आपकी सिस्टम कीरिंग लॉक है। इसे अनलॉक करें (अपनी डेस्कटॉप कीरिंग में लॉग इन करें) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Could not read the API key from the keyring: {problem}</source>
        <translation>कीरिंग से API कुंजी पढ़ी नहीं जा सकी: {problem}</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API कुंजी खाली है।</translation>
    </message>
    <message>
        <source>Could not store the API key in the keyring: {problem}</source>
        <translation>API कुंजी कीरिंग में सेव नहीं की जा सकी: {problem}</translation>
    </message>
    <message>
        <source>Could not remove the API key from the keyring: {problem}</source>
        <translation>API कुंजी कीरिंग से हटाई नहीं जा सकी: {problem}</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <source>Microphone check</source>
        <translation>माइक्रोफ़ोन की जाँच</translation>
    </message>
    <message>
        <source>Say something: the bar should move. If it does not, pick another microphone in Settings later.</source>
        <translation>कुछ बोलें: बार हिलना चाहिए। अगर नहीं हिलता, तो बाद में सेटिंग्स में कोई दूसरा माइक्रोफ़ोन चुनें।</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>माइक्रोफ़ोन खोला जा रहा है…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>सुन रहा है…</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (कनेक्ट नहीं है)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Sharing indicator</source>
        <translation>शेयरिंग संकेतक</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <source>Show the picture Gemini gets, at full size</source>
        <translation>Gemini को मिलने वाली तस्वीर पूरे आकार में दिखाएं</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>शेयर करना बंद करें</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>प्रीव्यू</translation>
    </message>
    <message>
        <source>● The camera is shared with Gemini</source>
        <translation>● कैमरा Gemini के साथ शेयर हो रहा है</translation>
    </message>
    <message>
        <source>● The screen is shared with Gemini</source>
        <translation>● स्क्रीन Gemini के साथ शेयर हो रही है</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Lose weight</source>
        <translation>वज़न घटाएं</translation>
    </message>
    <message>
        <source>Keep my weight</source>
        <translation>वज़न बनाए रखें</translation>
    </message>
    <message>
        <source>Gain weight</source>
        <translation>वज़न बढ़ाएं</translation>
    </message>
    <message>
        <source>Profile &amp; goals</source>
        <translation>प्रोफ़ाइल &amp; लक्ष्य</translation>
    </message>
    <message>
        <source>Goal and targets</source>
        <translation>लक्ष्य और टारगेट</translation>
    </message>
    <message>
        <source>Computed from me</source>
        <translation>मेरे हिसाब से गणना</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>हाथ से सेट करें</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>टारगेट</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg प्रति हफ़्ता</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Protein</source>
        <translation>प्रोटीन</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>कार्ब्स</translation>
    </message>
    <message>
        <source>Fat</source>
        <translation>वसा</translation>
    </message>
    <message>
        <source>protein share of energy</source>
        <translation>ऊर्जा में प्रोटीन का हिस्सा</translation>
    </message>
    <message>
        <source>carbs share of energy</source>
        <translation>ऊर्जा में कार्ब्स का हिस्सा</translation>
    </message>
    <message>
        <source>fat share of energy</source>
        <translation>ऊर्जा में वसा का हिस्सा</translation>
    </message>
    <message>
        <source>Macro split</source>
        <translation>मैक्रो अनुपात</translation>
    </message>
    <message>
        <source>kcal target</source>
        <translation>kcal टारगेट</translation>
    </message>
    <message>
        <source>protein target</source>
        <translation>प्रोटीन टारगेट</translation>
    </message>
    <message>
        <source>carbs target</source>
        <translation>कार्ब्स टारगेट</translation>
    </message>
    <message>
        <source>fat target</source>
        <translation>वसा टारगेट</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>हाथ से</translation>
    </message>
    <message>
        <source>&lt;small&gt;Sources: {sources}&lt;/small&gt;</source>
        <translation>&lt;small&gt;स्रोत: {sources}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Meal plan</source>
        <translation>भोजन योजना</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meal&lt;/b&gt;</source>
        <translation>&lt;b&gt;भोजन&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Share of the day&lt;/b&gt;</source>
        <translation>&lt;b&gt;दिन का हिस्सा&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usual time&lt;/b&gt;</source>
        <translation>&lt;b&gt;आम समय&lt;/b&gt;</translation>
    </message>
    <message>
        <source>breakfast share of the day</source>
        <translation>दिन में नाश्ते का हिस्सा</translation>
    </message>
    <message>
        <source>lunch share of the day</source>
        <translation>दिन में दोपहर के खाने का हिस्सा</translation>
    </message>
    <message>
        <source>dinner share of the day</source>
        <translation>दिन में रात के खाने का हिस्सा</translation>
    </message>
    <message>
        <source>snacks share of the day</source>
        <translation>दिन में स्नैक्स का हिस्सा</translation>
    </message>
    <message>
        <source>breakfast usual time</source>
        <translation>नाश्ते का आम समय</translation>
    </message>
    <message>
        <source>lunch usual time</source>
        <translation>दोपहर के खाने का आम समय</translation>
    </message>
    <message>
        <source>dinner usual time</source>
        <translation>रात के खाने का आम समय</translation>
    </message>
    <message>
        <source>snacks usual time</source>
        <translation>स्नैक्स का आम समय</translation>
    </message>
    <message>
        <source>Weight over time</source>
        <translation>समय के साथ वज़न</translation>
    </message>
    <message>
        <source>Today&apos;s weight</source>
        <translation>आज का वज़न</translation>
    </message>
    <message>
        <source>Log today&apos;s weight</source>
        <translation>आज का वज़न दर्ज करें</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सेव किया गया।</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your targets (optional)</source>
        <translation>आपके टारगेट (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Until you say otherwise the day&apos;s targets are 2000 kcal, 100 g protein, 250 g carbs and 67 g fat. Tell NutriVoice about you and your goal for targets that fit you (Mifflin-St Jeor), or skip this; Tools → Profile &amp; goals has more.</source>
        <translation>जब तक आप कुछ और न कहें, दिन के टारगेट 2000 kcal, 100 g प्रोटीन, 250 g कार्ब्स और 67 g वसा हैं। अपने लिए सही टारगेट (Mifflin-St Jeor) पाने के लिए NutriVoice को अपने बारे में और अपने लक्ष्य के बारे में बताएं, या इसे छोड़ दें; टूल → प्रोफ़ाइल &amp; लक्ष्य में और विकल्प हैं।</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg प्रति हफ़्ता</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>More: macro split, targets by hand, meal plan…</source>
        <translation>और: मैक्रो अनुपात, हाथ से टारगेट, भोजन योजना…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>SavedMealsDialog</name>
    <message>
        <source>Saved meals</source>
        <translation>सेव किए गए भोजन</translation>
    </message>
    <message>
        <source>Log to meal</source>
        <translation>भोजन में दर्ज करें</translation>
    </message>
    <message>
        <source>Log today as</source>
        <translation>आज इस रूप में दर्ज करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएं</translation>
    </message>
    <message>
        <source>usual breakfast</source>
        <translation>रोज़ का नाश्ता</translation>
    </message>
    <message>
        <source>200 ml milk
a banana
40 g oats</source>
        <translation>200 ml दूध
एक केला
40 g ओट्स</translation>
    </message>
    <message>
        <source>New meal name</source>
        <translation>नए भोजन का नाम</translation>
    </message>
    <message>
        <source>Foods, one per line</source>
        <translation>खाद्य पदार्थ, हर लाइन में एक</translation>
    </message>
    <message>
        <source>Save meal</source>
        <translation>भोजन सेव करें</translation>
    </message>
    <message>
        <source>{name} — {kcal} kcal
{foods}</source>
        <translation>{name} — {kcal} kcal
{foods}</translation>
    </message>
    <message>
        <source>Give the meal a name and at least one food.</source>
        <translation>भोजन को एक नाम और कम से कम एक खाद्य पदार्थ दें।</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Window: {title}</source>
        <translation>विंडो: {title}</translation>
    </message>
    <message>
        <source>Monitor {number} — {width}×{height}</source>
        <translation>मॉनिटर {number} — {width}×{height}</translation>
    </message>
    <message>
        <source>{monitor} (primary)</source>
        <translation>{monitor} (मुख्य)</translation>
    </message>
    <message>
        <source>A window that is closed now</source>
        <translation>एक विंडो जो अब बंद है</translation>
    </message>
    <message>
        <source>Monitor {number} (not connected)</source>
        <translation>मॉनिटर {number} (कनेक्ट नहीं है)</translation>
    </message>
    <message>
        <source>Monitor {number}</source>
        <translation>मॉनिटर {number}</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>एक विंडो</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Puck (upbeat)</source>
        <translation>Puck (उत्साही)</translation>
    </message>
    <message>
        <source>Charon (informative)</source>
        <translation>Charon (जानकारी भरी)</translation>
    </message>
    <message>
        <source>Kore (firm)</source>
        <translation>Kore (दृढ़)</translation>
    </message>
    <message>
        <source>Fenrir (excitable)</source>
        <translation>Fenrir (जोशीली)</translation>
    </message>
    <message>
        <source>Aoede (breezy)</source>
        <translation>Aoede (हल्की-फुल्की)</translation>
    </message>
    <message>
        <source>Leda (youthful)</source>
        <translation>Leda (युवा)</translation>
    </message>
    <message>
        <source>Orus (firm)</source>
        <translation>Orus (दृढ़)</translation>
    </message>
    <message>
        <source>Zephyr (bright)</source>
        <translation>Zephyr (चमकदार)</translation>
    </message>
    <message>
        <source>Callirrhoe (easy-going)</source>
        <translation>Callirrhoe (सहज)</translation>
    </message>
    <message>
        <source>Autonoe (bright)</source>
        <translation>Autonoe (चमकदार)</translation>
    </message>
    <message>
        <source>Enceladus (breathy)</source>
        <translation>Enceladus (साँस भरी)</translation>
    </message>
    <message>
        <source>Iapetus (clear)</source>
        <translation>Iapetus (स्पष्ट)</translation>
    </message>
    <message>
        <source>Umbriel (easy-going)</source>
        <translation>Umbriel (सहज)</translation>
    </message>
    <message>
        <source>Algieba (smooth)</source>
        <translation>Algieba (मुलायम)</translation>
    </message>
    <message>
        <source>Despina (smooth)</source>
        <translation>Despina (मुलायम)</translation>
    </message>
    <message>
        <source>Erinome (clear)</source>
        <translation>Erinome (स्पष्ट)</translation>
    </message>
    <message>
        <source>Algenib (gravelly)</source>
        <translation>Algenib (खरखरी)</translation>
    </message>
    <message>
        <source>Rasalgethi (informative)</source>
        <translation>Rasalgethi (जानकारी भरी)</translation>
    </message>
    <message>
        <source>Laomedeia (upbeat)</source>
        <translation>Laomedeia (उत्साही)</translation>
    </message>
    <message>
        <source>Achernar (soft)</source>
        <translation>Achernar (कोमल)</translation>
    </message>
    <message>
        <source>Alnilam (firm)</source>
        <translation>Alnilam (दृढ़)</translation>
    </message>
    <message>
        <source>Schedar (even)</source>
        <translation>Schedar (संतुलित)</translation>
    </message>
    <message>
        <source>Gacrux (mature)</source>
        <translation>Gacrux (परिपक्व)</translation>
    </message>
    <message>
        <source>Pulcherrima (forward)</source>
        <translation>Pulcherrima (मुखर)</translation>
    </message>
    <message>
        <source>Achird (friendly)</source>
        <translation>Achird (दोस्ताना)</translation>
    </message>
    <message>
        <source>Zubenelgenubi (casual)</source>
        <translation>Zubenelgenubi (अनौपचारिक)</translation>
    </message>
    <message>
        <source>Vindemiatrix (gentle)</source>
        <translation>Vindemiatrix (सौम्य)</translation>
    </message>
    <message>
        <source>Sadachbia (lively)</source>
        <translation>Sadachbia (जीवंत)</translation>
    </message>
    <message>
        <source>Sadaltager (knowledgeable)</source>
        <translation>Sadaltager (जानकार)</translation>
    </message>
    <message>
        <source>Sulafat (warm)</source>
        <translation>Sulafat (आत्मीय)</translation>
    </message>
    <message>
        <source>Same as the user</source>
        <translation>आपकी भाषा जैसी</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>विंडो की भाषा</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation>मेन्यू, बटन और मैसेज की भाषा</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <source>The assistant&apos;s voice</source>
        <translation>असिस्टेंट की आवाज़</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Live API model name; models get retired, so it is editable</source>
        <translation>Live API मॉडल का नाम; मॉडल रिटायर हो जाते हैं, इसलिए इसे बदला जा सकता है</translation>
    </message>
    <message>
        <source>Assistant&apos;s language</source>
        <translation>असिस्टेंट की भाषा</translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation>वह भाषा जिसमें असिस्टेंट जवाब देता है</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>मोड</translation>
    </message>
    <message>
        <source>What the assistant can see besides hearing you</source>
        <translation>आपको सुनने के अलावा असिस्टेंट क्या देख सकता है</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>सिर्फ़ आवाज़</translation>
    </message>
    <message>
        <source>Voice + camera</source>
        <translation>आवाज़ + कैमरा</translation>
    </message>
    <message>
        <source>Voice + screen</source>
        <translation>आवाज़ + स्क्रीन</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>बारी-बारी से बोलना</translation>
    </message>
    <message>
        <source>Automatic: the assistant hears when you start and stop speaking. Push to talk: hold the hotkey or the Hold to talk button while you speak.</source>
        <translation>अपने-आप: असिस्टेंट सुनता है कि आप कब बोलना शुरू और बंद करते हैं। पुश-टू-टॉक: बोलते समय हॉटकी या “दबाकर बोलें” बटन दबाए रखें।</translation>
    </message>
    <message>
        <source>Automatic (just talk)</source>
        <translation>अपने-आप (बस बोलें)</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>पुश-टू-टॉक</translation>
    </message>
    <message>
        <source>Push-to-talk hotkey</source>
        <translation>पुश-टू-टॉक हॉटकी</translation>
    </message>
    <message>
        <source>Hold these keys while you speak, in any app (push to talk only)</source>
        <translation>बोलते समय, किसी भी ऐप में, ये कुंजियाँ दबाए रखें (सिर्फ़ पुश-टू-टॉक में)</translation>
    </message>
    <message>
        <source>Closing the window keeps NutriVoice in the tray</source>
        <translation>विंडो बंद करने पर NutriVoice ट्रे में बना रहता है</translation>
    </message>
    <message>
        <source>Echo handling</source>
        <translation>इको से निपटना</translation>
    </message>
    <message>
        <source>How the microphone keeps from hearing the assistant through your speakers</source>
        <translation>माइक्रोफ़ोन आपके स्पीकर से आती असिस्टेंट की आवाज़ को सुनने से कैसे बचता है</translation>
    </message>
    <message>
        <source>Cancel the echo (talk over the assistant)</source>
        <translation>इको हटाएं (असिस्टेंट के बोलते समय भी बोलें)</translation>
    </message>
    <message>
        <source>Mute the mic while the assistant speaks</source>
        <translation>असिस्टेंट के बोलते समय माइक म्यूट करें</translation>
    </message>
    <message>
        <source>Off (headphones)</source>
        <translation>बंद (हेडफ़ोन)</translation>
    </message>
    <message>
        <source>Microphone frame</source>
        <translation>माइक्रोफ़ोन फ़्रेम</translation>
    </message>
    <message>
        <source>Shorter frames: lower latency, more work for the computer</source>
        <translation>छोटे फ़्रेम: कम लेटेंसी, कंप्यूटर पर ज़्यादा काम</translation>
    </message>
    <message>
        <source>10 ms (lowest latency)</source>
        <translation>10 ms (सबसे कम लेटेंसी)</translation>
    </message>
    <message>
        <source>20 ms (recommended)</source>
        <translation>20 ms (सुझाया गया)</translation>
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
        <translation>माइक्रोफ़ोन</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>स्पीकर</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>A camera, or a video file or stream URL</source>
        <translation>कोई कैमरा, या कोई वीडियो फ़ाइल या स्ट्रीम URL</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>The monitor or window the assistant sees</source>
        <translation>वह मॉनिटर या विंडो जिसे असिस्टेंट देखता है</translation>
    </message>
    <message>
        <source>Shared window</source>
        <translation>शेयर की गई विंडो</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API एंडपॉइंट</translation>
    </message>
    <message>
        <source>Override for proxies and tests; empty: Google&apos;s</source>
        <translation>प्रॉक्सी और टेस्ट के लिए बदलें; खाली: Google का</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API वर्शन</translation>
    </message>
    <message>
        <source>v1beta (recommended)</source>
        <translation>v1beta (सुझाया गया)</translation>
    </message>
    <message>
        <source>v1alpha (preview features)</source>
        <translation>v1alpha (प्रीव्यू सुविधाएं)</translation>
    </message>
    <message>
        <source>v1 (stable features only)</source>
        <translation>v1 (सिर्फ़ स्थिर सुविधाएं)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>अतिरिक्त CA फ़ाइल</translation>
    </message>
    <message>
        <source>PEM file to trust for the custom endpoint, besides the system&apos;s (corporate proxies, tests)</source>
        <translation>कस्टम एंडपॉइंट के लिए सिस्टम के सर्टिफ़िकेट के अलावा भरोसा करने लायक PEM फ़ाइल (कॉर्पोरेट प्रॉक्सी, टेस्ट)</translation>
    </message>
    <message>
        <source>Trust only that CA file</source>
        <translation>सिर्फ़ उसी CA फ़ाइल पर भरोसा करें</translation>
    </message>
    <message>
        <source>For the custom endpoint: trust the CA file alone, not the system&apos;s certificates</source>
        <translation>कस्टम एंडपॉइंट के लिए: सिस्टम के सर्टिफ़िकेट के बजाय सिर्फ़ CA फ़ाइल पर भरोसा करें</translation>
    </message>
    <message>
        <source>First-run walkthrough finished</source>
        <translation>शुरुआती परिचय पूरा हुआ</translation>
    </message>
    <message>
        <source>{value} is not a yes/no value</source>
        <translation>{value} हाँ/नहीं वाली वैल्यू नहीं है</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value}, {choices} में से कोई नहीं है</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value}, {minimum} से कम है</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value}, {maximum} से ज़्यादा है</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>NutriVoice settings</source>
        <translation>NutriVoice सेटिंग्स</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>सेटिंग्स पेज</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Voice &amp; audio</source>
        <translation>आवाज़ और ऑडियो</translation>
    </message>
    <message>
        <source>Camera &amp; screen</source>
        <translation>कैमरा और स्क्रीन</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API कुंजी</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>साउंड जाँच</translation>
    </message>
    <message>
        <source>Your body data, weight goal and daily targets are in Profile &amp; goals. The assistant uses them to plan your meals.</source>
        <translation>आपके शरीर का डेटा, वज़न का लक्ष्य और रोज़ के टारगेट “प्रोफ़ाइल &amp; लक्ष्य” में हैं। असिस्टेंट आपका भोजन प्लान करने के लिए इनका इस्तेमाल करता है।</translation>
    </message>
    <message>
        <source>Open Profile &amp;&amp; goals…</source>
        <translation>प्रोफ़ाइल &amp;&amp; लक्ष्य खोलें…</translation>
    </message>
    <message>
        <source>The cameras could not be listed: {problem}</source>
        <translation>कैमरों की सूची नहीं बनाई जा सकी: {problem}</translation>
    </message>
    <message>
        <source>The screens could not be listed: {problem}</source>
        <translation>स्क्रीन की सूची नहीं बनाई जा सकी: {problem}</translation>
    </message>
    <message>
        <source>For proxies, tests and troubleshooting. The defaults suit almost everyone.</source>
        <translation>प्रॉक्सी, टेस्ट और समस्या हल करने के लिए। डिफ़ॉल्ट सेटिंग्स लगभग सभी के लिए ठीक हैं।</translation>
    </message>
    <message>
        <source>Applies when you next press Start.</source>
        <translation>अगली बार “शुरू करें” दबाने पर लागू होगा।</translation>
    </message>
    <message>
        <source>Applies when you restart NutriVoice.</source>
        <translation>NutriVoice को फिर से शुरू करने पर लागू होगा।</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>कोई CA फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>सर्टिफ़िकेट (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The sound devices could not be listed: {problem}</source>
        <translation>साउंड डिवाइस की सूची नहीं बनाई जा सकी: {problem}</translation>
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
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Talk while held (the Hold to talk button has focus)</source>
        <translation>दबाए रखने पर बोलें (जब “दबाकर बोलें” बटन पर फ़ोकस हो)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Test</source>
        <translation>टेस्ट करें</translation>
    </message>
    <message>
        <source>Plays a short tone on the speaker and shows what the microphone hears</source>
        <translation>स्पीकर पर एक छोटी टोन चलाता है और दिखाता है कि माइक्रोफ़ोन क्या सुनता है</translation>
    </message>
    <message>
        <source>The sound check is not available here.</source>
        <translation>साउंड जाँच यहाँ उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Stop the conversation to test: it is using the microphone and the speaker.</source>
        <translation>टेस्ट करने के लिए बातचीत रोकें: वह माइक्रोफ़ोन और स्पीकर इस्तेमाल कर रही है।</translation>
    </message>
    <message>
        <source>Playing a tone… now say something.</source>
        <translation>टोन चल रही है… अब कुछ बोलें।</translation>
    </message>
    <message>
        <source>The sound check could not run: {problem}</source>
        <translation>साउंड जाँच नहीं चल सकी: {problem}</translation>
    </message>
    <message>
        <source>A tone played on the speaker: if you did not hear it, choose another speaker or turn the volume up.</source>
        <translation>स्पीकर पर एक टोन चली: अगर आपको सुनाई नहीं दी, तो कोई दूसरा स्पीकर चुनें या आवाज़ बढ़ाएं।</translation>
    </message>
    <message>
        <source>Heard you: the microphone works.</source>
        <translation>आपकी आवाज़ सुनाई दी: माइक्रोफ़ोन काम कर रहा है।</translation>
    </message>
    <message>
        <source>No sound from the microphone: it may be muted, switched off or not the one you speak into.</source>
        <translation>माइक्रोफ़ोन से कोई आवाज़ नहीं आई: हो सकता है यह म्यूट हो, बंद हो, या वह न हो जिसमें आप बोल रहे हैं।</translation>
    </message>
    <message>
        <source>The microphone is very quiet: speak closer to it or turn its volume up.</source>
        <translation>माइक्रोफ़ोन की आवाज़ बहुत धीमी है: उसके पास बोलें या उसका वॉल्यूम बढ़ाएं।</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Nothing was deleted: the damaged file was kept as {file}.</source>
        <translation>कुछ भी मिटाया नहीं गया: खराब फ़ाइल {file} के रूप में रखी गई है।</translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation>लॉग: {file}</translation>
    </message>
    <message>
        <source>Restore the backup of {day}</source>
        <translation>{day} का बैकअप वापस लाएं</translation>
    </message>
    <message>
        <source>Start an empty diary</source>
        <translation>खाली डायरी शुरू करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Hold to talk</source>
        <translation>दबाकर बोलें</translation>
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
        <translation>स्रोत: {source}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <source>Undo: {title}</source>
        <translation>पहले जैसा करें: {title}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>पहले जैसा किया गया</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>the day a card is about</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>for {day} · {time}</source>
        <translation>{day} के लिए · {time}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show NutriVoice</source>
        <translation>NutriVoice दिखाएं</translation>
    </message>
    <message>
        <source>Start talking</source>
        <translation>बोलना शुरू करें</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>माइक्रोफ़ोन म्यूट करें</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>शेयर करना बंद करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation>बोलना बंद करें</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>कैमरा शेयर करना बंद करें</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>स्क्रीन शेयर करना बंद करें</translation>
    </message>
    <message>
        <source>The camera is shared with Gemini.</source>
        <translation>कैमरा Gemini के साथ शेयर हो रहा है।</translation>
    </message>
    <message>
        <source>The screen is shared with Gemini.</source>
        <translation>स्क्रीन Gemini के साथ शेयर हो रही है।</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>Not talking</source>
        <translation>बात नहीं हो रही</translation>
    </message>
    <message>
        <source>Press Start ({start}) to talk.</source>
        <translation>बात करने के लिए “शुरू करें” ({start}) दबाएं।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>One moment.</source>
        <translation>एक पल रुकें।</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>सुन रहा है</translation>
    </message>
    <message>
        <source>Just talk.</source>
        <translation>बस बोलिए।</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Hold {hotkey} or the Hold to talk button while you speak.</source>
        <translation>बोलते समय {hotkey} या “दबाकर बोलें” बटन दबाए रखें।</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>बोलिए</translation>
    </message>
    <message>
        <source>Release when you are done.</source>
        <translation>बोल लेने के बाद छोड़ दें।</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>सोच रहा है…</translation>
    </message>
    <message>
        <source>Working on your answer.</source>
        <translation>आपका जवाब तैयार हो रहा है।</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>बोल रहा है</translation>
    </message>
    <message>
        <source>Talk to interrupt.</source>
        <translation>बीच में रोकने के लिए बोलें।</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>म्यूट है</translation>
    </message>
    <message>
        <source>Your microphone is off. {mute} turns it on.</source>
        <translation>आपका माइक्रोफ़ोन बंद है। {mute} इसे चालू करता है।</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>फिर से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Keep talking; nothing is lost.</source>
        <translation>बोलते रहें; कुछ भी खोया नहीं है।</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>See the message above. Press Start ({start}) to try again.</source>
        <translation>ऊपर दिया गया मैसेज देखें। फिर से कोशिश करने के लिए “शुरू करें” ({start}) दबाएं।</translation>
    </message>
    <message>
        <source>Voice state</source>
        <translation>आवाज़ की स्थिति</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Welcome to NutriVoice</source>
        <translation>NutriVoice में आपका स्वागत है</translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <source>Weight trend</source>
        <translation>वज़न का रुझान</translation>
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
        <translation>रुझान {kg} kg</translation>
    </message>
    <message>
        <source>No weights logged yet</source>
        <translation>अभी तक कोई वज़न दर्ज नहीं किया गया</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</source>
        <translation>
            <numerusform>{first} से {last} तक %n वज़न; नवीनतम {latest} kg, रुझान {trend} kg। हर वज़न पढ़ने के लिए बाएँ और दाएँ ऐरो कुंजियों का इस्तेमाल करें।</numerusform>
            <numerusform>{first} से {last} तक %n वज़न; नवीनतम {latest} kg, रुझान {trend} kg। हर वज़न पढ़ने के लिए बाएँ और दाएँ ऐरो कुंजियों का इस्तेमाल करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format on the weight chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Log your weight to see its trend here.</source>
        <translation>यहाँ रुझान देखने के लिए अपना वज़न दर्ज करें।</translation>
    </message>
</context>
</TS>

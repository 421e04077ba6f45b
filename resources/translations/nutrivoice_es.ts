<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Gemini API key</source>
        <translation>Clave de API de Gemini</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>Forget the key stored in your system keyring</source>
        <translation>Olvidar la clave guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Using GEMINI_API_KEY from the environment</source>
        <translation>Usando GEMINI_API_KEY del entorno</translation>
    </message>
    <message>
        <source>The key comes from the GEMINI_API_KEY environment variable, which wins over a stored one: to remove it, unset it where it is set.</source>
        <translation>La clave viene de la variable de entorno GEMINI_API_KEY, que tiene prioridad sobre la guardada: para quitarla, elimínala donde esté definida.</translation>
    </message>
    <message>
        <source>No secure keyring available</source>
        <translation>No hay un llavero seguro disponible</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Comprobando tu llavero…</translation>
    </message>
    <message>
        <source>A key is stored in your keyring (type to replace it)</source>
        <translation>Hay una clave guardada en tu llavero (escribe para reemplazarla)</translation>
    </message>
    <message>
        <source>Paste your key from aistudio.google.com/apikey</source>
        <translation>Pega tu clave de aistudio.google.com/apikey</translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation>Guardando en tu llavero…</translation>
    </message>
    <message>
        <source>Saved in your system keyring.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation>¿Quitar la clave de API?</translation>
    </message>
    <message>
        <source>NutriVoice will forget the key stored in your system keyring. To talk to the assistant again you will need to paste a key.</source>
        <translation>NutriVoice olvidará la clave guardada en el llavero del sistema. Para volver a hablar con el asistente tendrás que pegar una clave.</translation>
    </message>
    <message>
        <source>Removing the key from your keyring…</source>
        <translation>Quitando la clave de tu llavero…</translation>
    </message>
    <message>
        <source>The key was removed from your keyring.</source>
        <translation>Se quitó la clave de tu llavero.</translation>
    </message>
</context>
<context>
    <name>AudioDevicePicker</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Sedentary (little or no exercise)</source>
        <translation>Sedentaria (poco o ningún ejercicio)</translation>
    </message>
    <message>
        <source>Light (exercise 1-3 days a week)</source>
        <translation>Ligera (ejercicio 1-3 días a la semana)</translation>
    </message>
    <message>
        <source>Moderate (exercise 3-5 days a week)</source>
        <translation>Moderada (ejercicio 3-5 días a la semana)</translation>
    </message>
    <message>
        <source>Active (exercise 6-7 days a week)</source>
        <translation>Activa (ejercicio 6-7 días a la semana)</translation>
    </message>
    <message>
        <source>Very active (hard daily exercise or a physical job)</source>
        <translation>Muy activa (ejercicio intenso a diario o trabajo físico)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Used only by the resting-energy formula</source>
        <translation>Solo lo usa la fórmula del gasto en reposo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>CameraCombo</name>
    <message>
        <source>Video file or stream URL…</source>
        <translation>Archivo de video o URL de emisión…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Cámara {number}</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name} (cámara {number})</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>Cámara {number} (no conectada)</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Choose a video file</source>
        <translation>Elige un archivo de video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.webm *.avi *.mov);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A video file or a stream URL (rtsp://…, http://…)</source>
        <translation>Un archivo de video o una URL de emisión (rtsp://…, http://…)</translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation>Archivo de video o URL de emisión</translation>
    </message>
    <message>
        <source>type a video file or stream URL, or choose a camera</source>
        <translation>escribe un archivo de video o una URL de emisión, o elige una cámara</translation>
    </message>
</context>
<context>
    <name>CardColumn</name>
    <message>
        <source>Tool results</source>
        <translation>Resultados de herramientas</translation>
    </message>
    <message>
        <source>Results of what the assistant does — meals rebalanced, food logged, swaps — appear here.</source>
        <translation>Aquí aparecen los resultados de lo que hace el asistente: comidas reajustadas, alimentos registrados, sustituciones.</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
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
        <translation>Tú</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color: gray&apos;&gt;Press &lt;b&gt;Start&lt;/b&gt; (Ctrl+Return) and talk: “I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, “I walked 40 minutes”…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color: gray&apos;&gt;Pulsa &lt;b&gt;Iniciar&lt;/b&gt; (Ctrl+Return) y habla: “Me salté el desayuno”, “Me comí un cruasán”, “cambia la mantequilla por aceite de oliva”, “Caminé 40 minutos”…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{time} · interrupted</source>
        <translation>{time} · interrumpido</translation>
    </message>
</context>
<context>
    <name>DayDashboard</name>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>No se ha podido leer el diario ahora mismo.</translation>
    </message>
    <message>
        <source>Today&apos;s calories</source>
        <translation>Calorías de hoy</translation>
    </message>
    <message>
        <source>Eaten against today&apos;s targets</source>
        <translation>Lo comido frente a los objetivos de hoy</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history range</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) of history</source>
        <translation>
            <numerusform>Mostrar %n día de historial</numerusform>
            <numerusform>Mostrar %n días de historial</numerusform>
        </translation>
    </message>
    <message>
        <source>protein</source>
        <translation>proteína</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>carbohidratos</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>grasas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten (+{activity} from activity)</source>
        <translation>&lt;b&gt;{eaten}&lt;/b&gt; de {budget} kcal consumidas (+{activity} por actividad)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{eaten}&lt;/b&gt; of {budget} kcal eaten</source>
        <translation>&lt;b&gt;{eaten}&lt;/b&gt; de {budget} kcal consumidas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal left</source>
        <translation>Quedan &lt;b&gt;{kcal}&lt;/b&gt; kcal</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kcal}&lt;/b&gt; kcal over</source>
        <translation>&lt;b&gt;{kcal}&lt;/b&gt; kcal de más</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>justo en el objetivo</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Replies started after</source>
        <translation>Las respuestas empezaron tras</translation>
    </message>
    <message>
        <source>Reconnects this run</source>
        <translation>Reconexiones en esta sesión</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>last {last:.2f} s · median {median:.2f} s of {n}</source>
        <translation>última {last:.2f} s · mediana {median:.2f} s de {n}</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>CSV (spreadsheets; can be imported back)</source>
        <translation>CSV (hojas de cálculo; se puede volver a importar)</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>Exportar diario</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>No se pudo exportar: {error}</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Food</source>
        <translation>Alimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>Proteína g</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>Carbohidratos g</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>Grasas g</translation>
    </message>
    <message>
        <source>The diary could not be read just now.</source>
        <translation>No se ha podido leer el diario ahora mismo.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>New amount in grams</source>
        <translation>Nueva cantidad en gramos</translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation>Cambiar cantidad</translation>
    </message>
    <message>
        <source>Move to meal</source>
        <translation>Mover a la comida</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Elimina la entrada seleccionada (Delete)</translation>
    </message>
    <message>
        <source>Log again today</source>
        <translation>Registrar de nuevo hoy</translation>
    </message>
    <message>
        <source>{meal} · missed</source>
        <translation>{meal} · se saltó</translation>
    </message>
    <message>
        <source>{eaten} of {target}</source>
        <translation>{eaten} de {target}</translation>
    </message>
    <message>
        <source>Activity: {activity}</source>
        <translation>Actividad: {activity}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Nothing logged this day yet.</source>
        <translation>Aún no hay nada registrado este día.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of the day shown</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{day}: {eaten} of {budget} kcal eaten · &lt;b&gt;{left}&lt;/b&gt;</source>
        <translation>{day}: {eaten} de {budget} kcal consumidas · &lt;b&gt;{left}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>No ha funcionado</translation>
    </message>
</context>
<context>
    <name>EnlargedPreview</name>
    <message>
        <source>What Gemini sees</source>
        <translation>Lo que ve Gemini</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>FirstQuestionPage</name>
    <message>
        <source>“I skipped breakfast today, fix my plan.”</source>
        <translation>“Hoy me salté el desayuno, ajusta mi plan.”</translation>
    </message>
    <message>
        <source>“I had a croissant at 11.”</source>
        <translation>“Me comí un cruasán a las 11.”</translation>
    </message>
    <message>
        <source>“What can I use instead of 30 grams of butter?”</source>
        <translation>“¿Qué puedo usar en lugar de 30 gramos de mantequilla?”</translation>
    </message>
    <message>
        <source>“I cycled for 45 minutes.”</source>
        <translation>“Hice 45 minutos de bici.”</translation>
    </message>
    <message>
        <source>“How much protein do I have left today?”</source>
        <translation>“¿Cuánta proteína me queda hoy?”</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <source>Press Start in the main window and just talk. For example:</source>
        <translation>Pulsa Iniciar en la ventana principal y habla. Por ejemplo:</translation>
    </message>
    <message>
        <source>Interrupt any time: the assistant stops and listens.</source>
        <translation>Interrumpe cuando quieras: el asistente se calla y escucha.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Calorie history</source>
        <translation>Historial de calorías</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a day in the calorie history</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>Target {kcal} kcal</source>
        <translation>Objetivo {kcal} kcal</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>{kcal} kcal over target</source>
        <translation>{kcal} kcal por encima del objetivo</translation>
    </message>
    <message>
        <source>{kcal} kcal under target</source>
        <translation>{kcal} kcal por debajo del objetivo</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>En el objetivo</translation>
    </message>
    <message>
        <source>Eaten {kcal} kcal</source>
        <translation>Consumidas {kcal} kcal</translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %n day(s) yet.</source>
        <translation>
            <numerusform>Aún no hay nada registrado en el último día.</numerusform>
            <numerusform>Aún no hay nada registrado en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {kcal} kcal over %n logged day(s)</source>
        <translation>
            <numerusform>Media de {kcal} kcal en %n día registrado</numerusform>
            <numerusform>Media de {kcal} kcal en %n días registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over target</source>
        <translation>
            <numerusform>%n día por encima del objetivo</numerusform>
            <numerusform>%n días por encima del objetivo</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} Use the Left and Right arrow keys to read each day.</source>
        <translation>{summary} Usa las flechas izquierda y derecha para leer cada día.</translation>
    </message>
    <message>
        <source>target
{kcal}</source>
        <translation>objetivo
{kcal}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
        <translation>Mayús</translation>
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
        <translation>Pulsa las teclas… (Esc cancela, Retroceso borra)</translation>
    </message>
    <message>
        <source>None: click here and press the keys</source>
        <translation>Ninguno: haz clic aquí y pulsa las teclas</translation>
    </message>
    <message>
        <source>That key cannot be part of a hotkey. Try a letter, a number, Space or a function key.</source>
        <translation>Esa tecla no puede formar parte de un atajo. Prueba con una letra, un número, Espacio o una tecla de función.</translation>
    </message>
    <message>
        <source>Add Ctrl or Alt: a hotkey without them would fire whenever you type that key in any app.</source>
        <translation>Añade Ctrl o Alt: un atajo sin ellas se activaría cada vez que escribieras esa tecla en cualquier aplicación.</translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <source>Something went wrong inside {app} ({error}). It goes on, but what it was doing may be incomplete; the diary keeps only whole changes.</source>
        <translation>Algo ha fallado dentro de {app} ({error}). Sigue funcionando, pero lo que estaba haciendo puede haber quedado incompleto; el diario solo guarda cambios completos.</translation>
    </message>
    <message>
        <source>If it happens again, send the log to the developers: {file}</source>
        <translation>Si vuelve a ocurrir, envía el registro a los desarrolladores: {file}</translation>
    </message>
    <message>
        <source>An internal error</source>
        <translation>Un error interno</translation>
    </message>
    <message>
        <source>{app}: an internal error</source>
        <translation>{app}: un error interno</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your Gemini API key</source>
        <translation>Tu clave de API de Gemini</translation>
    </message>
    <message>
        <source>NutriVoice talks to Google&apos;s Gemini Live API with your own key. It is stored in your system keyring, never in a file.</source>
        <translation>NutriVoice se comunica con la API Gemini Live de Google usando tu propia clave. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Get a free key at &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</source>
        <translation>Consigue una clave gratis en &lt;a href=&apos;https://aistudio.google.com/apikey&apos;&gt;aistudio.google.com/apikey&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
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
        <translation>{label} {value} de {target}</translation>
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
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or stop the conversation</source>
        <translation>Iniciar o detener la conversación</translation>
    </message>
    <message>
        <source>Start or stop talking (Ctrl+Return)</source>
        <translation>Empieza o deja de hablar (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone (Ctrl+M)</source>
        <translation>Silencia o reactiva el micrófono (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <source>Start or stop talking</source>
        <translation>Empezar o dejar de hablar</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Silenciar o reactivar</translation>
    </message>
    <message>
        <source>What the assistant can see</source>
        <translation>Lo que puede ver el asistente</translation>
    </message>
    <message>
        <source>Assistant voice</source>
        <translation>Voz del asistente</translation>
    </message>
    <message>
        <source>Or type a message and press Enter</source>
        <translation>O escribe un mensaje y pulsa Intro</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>Results and diary</source>
        <translation>Resultados y diario</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>&amp;Copiar conversación</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>Exportar &amp;diario…</translation>
    </message>
    <message>
        <source>&amp;Import diary…</source>
        <translation>&amp;Importar diario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo diary change</source>
        <translation>&amp;Deshacer cambio del diario</translation>
    </message>
    <message>
        <source>Undo the newest change of the day the diary shows (Ctrl+Z)</source>
        <translation>Deshace el último cambio del día que muestra el diario (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo diary change</source>
        <translation>&amp;Rehacer cambio del diario</translation>
    </message>
    <message>
        <source>Show the &amp;diary</source>
        <translation>Mostrar el &amp;diario</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>Dia&amp;gnóstico</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>First-run &amp;walkthrough…</source>
        <translation>&amp;Guía de primer uso…</translation>
    </message>
    <message>
        <source>&amp;Profile &amp;&amp; goals…</source>
        <translation>&amp;Perfil &amp;&amp; metas…</translation>
    </message>
    <message>
        <source>Saved &amp;meals…</source>
        <translation>&amp;Comidas guardadas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About {app}…</source>
        <translation>A&amp;cerca de {app}…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Connection lost at {time}; reconnecting…</source>
        <translation>Conexión perdida a las {time}; reconectando…</translation>
    </message>
    <message>
        <source>Reconnected after {seconds:.0f} s.</source>
        <translation>Reconectado tras {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>Start the conversation first.</source>
        <translation>Primero inicia la conversación.</translation>
    </message>
    <message>
        <source>Press Start (Ctrl+Return).</source>
        <translation>Pulsa Iniciar (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you next press Start.</source>
        <translation>{setting}: este cambio se aplicará la próxima vez que pulses Iniciar.</translation>
    </message>
    <message>
        <source>{setting}: this change applies when you restart NutriVoice.</source>
        <translation>{setting}: este cambio se aplicará cuando reinicies NutriVoice.</translation>
    </message>
    <message>
        <source>Use a desktop shortcut for `nutrivoice --toggle-talk` instead.</source>
        <translation>Usa en su lugar un atajo de escritorio para `nutrivoice --toggle-talk`.</translation>
    </message>
    <message>
        <source>The push-to-talk hotkey is off</source>
        <translation>El atajo para pulsar y hablar está desactivado</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>A voice-first nutrition assistant.

Food data: {food}

Activity data: {activity}

Default servings for dishes follow the FDA&apos;s Reference Amounts Customarily Consumed (21 CFR 101.12); see docs/SERVINGS.md.</source>
        <translation>Un asistente de nutrición que se maneja con la voz.

Datos de alimentos: {food}

Datos de actividad: {activity}

Las raciones predeterminadas de los platos siguen las Reference Amounts Customarily Consumed de la FDA (21 CFR 101.12); consulta docs/SERVINGS.md.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texto (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Diary saved to {path} (%n days)</source>
        <translation>
            <numerusform>Diario guardado en {path} (%n día)</numerusform>
            <numerusform>Diario guardado en {path} (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import diary</source>
        <translation>Importar diario</translation>
    </message>
    <message>
        <source>NutriVoice diary CSV (*.csv)</source>
        <translation>CSV de diario de NutriVoice (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Could not import the diary</source>
        <translation>No se pudo importar el diario</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) of the diary (Ctrl+Z undoes a day).</source>
        <translation>
            <numerusform>Se importó %n día del diario (Ctrl+Z deshace un día).</numerusform>
            <numerusform>Se importaron %n días del diario (Ctrl+Z deshace un día).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Conversation saved to {path}</source>
        <translation>Conversación guardada en {path}</translation>
    </message>
    <message>
        <source>Conversation copied</source>
        <translation>Conversación copiada</translation>
    </message>
    <message>
        <source>Still running in the tray. Use Quit to exit.</source>
        <translation>Sigue en ejecución en la bandeja del sistema. Usa Salir para cerrarla.</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <source>Keep sharing?</source>
        <translation>¿Seguir compartiendo?</translation>
    </message>
    <message>
        <source>Your {what} is shared with Gemini. Keep sharing while NutriVoice is in the tray?</source>
        <translation>Tu {what} se está compartiendo con Gemini. ¿Quieres seguir compartiéndola mientras NutriVoice está en la bandeja del sistema?</translation>
    </message>
    <message>
        <source>Stop sharing and hide</source>
        <translation>Dejar de compartir y ocultar</translation>
    </message>
    <message>
        <source>Keep sharing and hide</source>
        <translation>Seguir compartiendo y ocultar</translation>
    </message>
</context>
<context>
    <name>Meals</name>
    <message>
        <source>Breakfast</source>
        <translation>Desayuno</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Tentempiés</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Descartar (Esc)</translation>
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
        <translation>Desde las {time}. Más información en el registro: {log}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unlock your keyring, then press Start.</source>
        <translation>Desbloquea tu llavero y pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Cannot read the API key</source>
        <translation>No se puede leer la clave de API</translation>
    </message>
    <message>
        <source>NutriVoice needs a Gemini API key to talk.</source>
        <translation>NutriVoice necesita una clave de API de Gemini para hablar.</translation>
    </message>
    <message>
        <source>Open Settings and paste your key from Google AI Studio.</source>
        <translation>Abre Ajustes y pega tu clave de Google AI Studio.</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Aún no hay clave de API</translation>
    </message>
    <message>
        <source>The microphone pauses while the assistant speaks; headphones help.</source>
        <translation>El micrófono se pausa mientras habla el asistente; los auriculares ayudan.</translation>
    </message>
    <message>
        <source>Echo cancellation is off</source>
        <translation>La cancelación de eco está desactivada</translation>
    </message>
    <message>
        <source>You can still type to the assistant; fix the device in Settings.</source>
        <translation>Puedes seguir escribiendo al asistente; arregla el dispositivo en Ajustes.</translation>
    </message>
    <message>
        <source>Audio device problem</source>
        <translation>Problema con el dispositivo de audio</translation>
    </message>
    <message>
        <source>The microphone stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>El micrófono ha dejado de enviar audio (¿se desconectó o lo está usando otra aplicación?).</translation>
    </message>
    <message>
        <source>The speaker stopped delivering audio (unplugged or taken by another app?).</source>
        <translation>El altavoz ha dejado de reproducir audio (¿se desconectó o lo está usando otra aplicación?).</translation>
    </message>
    <message>
        <source>The microphone stopped</source>
        <translation>El micrófono se ha detenido</translation>
    </message>
    <message>
        <source>The speaker stopped</source>
        <translation>El altavoz se ha detenido</translation>
    </message>
    <message>
        <source>Plug it back in or choose another in Settings, then press Start again. You can keep typing meanwhile.</source>
        <translation>Vuelve a conectarlo o elige otro en Ajustes y pulsa Iniciar de nuevo. Mientras tanto puedes seguir escribiendo.</translation>
    </message>
    <message>
        <source>Check the camera or screen setting.</source>
        <translation>Revisa el ajuste de cámara o pantalla.</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>Se dejó de compartir</translation>
    </message>
    <message>
        <source>Gemini sent something unreadable</source>
        <translation>Gemini envió algo ilegible</translation>
    </message>
    <message>
        <source>The app could not read {what}.</source>
        <translation>La aplicación no pudo leer {what}.</translation>
    </message>
    <message>
        <source>Reconnecting; the conversation is kept.</source>
        <translation>Reconectando; la conversación se conserva.</translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation>El servicio rechazó la conexión</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}.</source>
        <translation>El servidor respondió HTTP {status}.</translation>
    </message>
    <message>
        <source>Check the API endpoint in Settings, or try again later.</source>
        <translation>Revisa el endpoint de la API en Ajustes o inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Cannot verify the server</source>
        <translation>No se puede verificar el servidor</translation>
    </message>
    <message>
        <source>The TLS certificate was not trusted ({why}).</source>
        <translation>El certificado TLS no era de confianza ({why}).</translation>
    </message>
    <message>
        <source>If a proxy inspects your traffic, enter the API endpoint and the proxy&apos;s CA file in Settings; otherwise check your system clock.</source>
        <translation>Si un proxy inspecciona tu tráfico, indica el endpoint de la API y el archivo de CA del proxy en Ajustes; si no, revisa el reloj del sistema.</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>El servidor no respondió</translation>
    </message>
    <message>
        <source>Gemini did not finish setting up the session in time.</source>
        <translation>Gemini no terminó de preparar la sesión a tiempo.</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection if this keeps happening.</source>
        <translation>Reintentando; revisa tu conexión a internet si esto sigue pasando.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Could not reach Gemini ({why}).</source>
        <translation>No se pudo contactar con Gemini ({why}).</translation>
    </message>
    <message>
        <source>Trying again; check your internet connection.</source>
        <translation>Reintentando; revisa tu conexión a internet.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>Press Start to try again; see the log for details.</source>
        <translation>Pulsa Iniciar para volver a intentarlo; consulta el registro para ver los detalles.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <source>Gemini did not accept the API key ({detail}).</source>
        <translation>Gemini no aceptó la clave de API ({detail}).</translation>
    </message>
    <message>
        <source>Open Settings and paste a valid key from Google AI Studio.</source>
        <translation>Abre Ajustes y pega una clave válida de Google AI Studio.</translation>
    </message>
    <message>
        <source>The server sent more than expected</source>
        <translation>El servidor envió más de lo esperado</translation>
    </message>
    <message>
        <source>The connection was reset ({detail}).</source>
        <translation>La conexión se restableció ({detail}).</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>Reconectando automáticamente.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>La sesión ha caducado</translation>
    </message>
    <message>
        <source>The previous conversation could not be resumed.</source>
        <translation>No se pudo reanudar la conversación anterior.</translation>
    </message>
    <message>
        <source>Starting a fresh session.</source>
        <translation>Iniciando una sesión nueva.</translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation>Modelo no disponible</translation>
    </message>
    <message>
        <source>The model was rejected.</source>
        <translation>Se rechazó el modelo.</translation>
    </message>
    <message>
        <source>Choose another model in Settings.</source>
        <translation>Elige otro modelo en Ajustes.</translation>
    </message>
    <message>
        <source>Gemini ended the session</source>
        <translation>Gemini terminó la sesión</translation>
    </message>
    <message>
        <source>Close code {code}.</source>
        <translation>Código de cierre {code}.</translation>
    </message>
    <message>
        <source>Starting a fresh session: the diary is kept, the conversation so far is not.</source>
        <translation>Iniciando una sesión nueva: el diario se conserva, pero no la conversación hasta ahora.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>The server closed the session.</source>
        <translation>El servidor cerró la sesión.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Reconectando.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Conexión interrumpida</translation>
    </message>
    <message>
        <source>Cannot set up the connection</source>
        <translation>No se puede establecer la conexión</translation>
    </message>
    <message>
        <source>Check the API endpoint and CA file in Settings.</source>
        <translation>Revisa el endpoint de la API y el archivo de CA en Ajustes.</translation>
    </message>
    <message>
        <source>Refreshing the connection…</source>
        <translation>Actualizando la conexión…</translation>
    </message>
    <message>
        <source>Press Start to try again; check your internet connection if this keeps happening.</source>
        <translation>Pulsa Iniciar para volver a intentarlo; revisa tu conexión a internet si esto sigue pasando.</translation>
    </message>
    <message>
        <source>{problem}. Trying again in a moment…</source>
        <translation>{problem}. Reintentando en un momento…</translation>
    </message>
    <message>
        <source>{problem}. Trying again in {seconds} s…</source>
        <translation>{problem}. Reintentando en {seconds} s…</translation>
    </message>
    <message>
        <source>{old} is not available; this conversation goes on with {new}.</source>
        <translation>{old} no está disponible; esta conversación continúa con {new}.</translation>
    </message>
    <message>
        <source>{old} failed {times} times in a row; this conversation goes on with {new}.</source>
        <translation>{old} falló {times} veces seguidas; esta conversación continúa con {new}.</translation>
    </message>
    <message>
        <source>Switched to another model</source>
        <translation>Se cambió a otro modelo</translation>
    </message>
    <message>
        <source>To keep using another model, choose it in Settings.</source>
        <translation>Para seguir usando otro modelo, elígelo en Ajustes.</translation>
    </message>
    <message>
        <source>The connection seems to have stopped working.</source>
        <translation>Parece que la conexión ha dejado de funcionar.</translation>
    </message>
    <message>
        <source>Gemini did not answer for {seconds} s</source>
        <translation>Gemini no respondió durante {seconds} s</translation>
    </message>
    <message>
        <source>Nothing came back from Gemini for {seconds} s</source>
        <translation>No llegó nada de Gemini durante {seconds} s</translation>
    </message>
    <message>
        <source>The computer slept for {seconds} s</source>
        <translation>El equipo estuvo en suspensión durante {seconds} s</translation>
    </message>
    <message>
        <source>Not connected. Press Start to talk.</source>
        <translation>Sin conexión. Pulsa Iniciar para hablar.</translation>
    </message>
    <message>
        <source>Connecting to Gemini…</source>
        <translation>Conectando con Gemini…</translation>
    </message>
    <message>
        <source>Listening. Just talk.</source>
        <translation>Escuchando. Habla con normalidad.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Keep talking; nothing is lost.</source>
        <translation>Conexión perdida, reconectando… Sigue hablando; no se pierde nada.</translation>
    </message>
    <message>
        <source>Stopped because of a problem.</source>
        <translation>Detenido por un problema.</translation>
    </message>
    <message>
        <source>Couldn&apos;t {action}</source>
        <translation>No se pudo {action}</translation>
    </message>
    <message>
        <source>do that</source>
        <translation>hacer eso</translation>
    </message>
    <message>
        <source>Audio is unavailable: PyAudio could not load ({problem}).</source>
        <translation>El audio no está disponible: no se pudo cargar PyAudio ({problem}).</translation>
    </message>
    <message>
        <source>Microphone “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>El micrófono “{name}” no está conectado. Disponibles: {available}. Elige otro en Ajustes o vuelve a conectarlo.</translation>
    </message>
    <message>
        <source>Speaker “{name}” is not connected. Available: {available}. Choose another in Settings or plug it back in.</source>
        <translation>El altavoz “{name}” no está conectado. Disponibles: {available}. Elige otro en Ajustes o vuelve a conectarlo.</translation>
    </message>
    <message>
        <source>Could not open the microphone ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>No se pudo abrir el micrófono ({problem}). Comprueba que esté conectado y que ninguna otra aplicación lo use en exclusiva, o elige otro en Ajustes.</translation>
    </message>
    <message>
        <source>Could not open the speaker ({problem}). Check that it is connected and not used exclusively by another app, or pick another in Settings.</source>
        <translation>No se pudo abrir el altavoz ({problem}). Comprueba que esté conectado y que ninguna otra aplicación lo use en exclusiva, o elige otro en Ajustes.</translation>
    </message>
    <message>
        <source>Global hotkeys are not available on Wayland: Wayland does not let apps listen to the keyboard. Use the Hold to talk button, or log in with an X11 session.</source>
        <translation>Los atajos globales no están disponibles en Wayland: Wayland no deja que las aplicaciones escuchen el teclado. Usa el botón “Mantén para hablar” o inicia una sesión X11.</translation>
    </message>
    <message>
        <source>Global hotkeys need a graphical X11 session (no DISPLAY is set).</source>
        <translation>Los atajos globales necesitan una sesión gráfica X11 (DISPLAY no está definido).</translation>
    </message>
    <message>
        <source>Global hotkeys could not start ({problem}).</source>
        <translation>No se pudieron iniciar los atajos globales ({problem}).</translation>
    </message>
    <message>
        <source>“{keys}” is not a valid key combination ({problem}). Choose it again in Settings.</source>
        <translation>“{keys}” no es una combinación de teclas válida ({problem}). Vuelve a elegirla en Ajustes.</translation>
    </message>
    <message>
        <source>Camera {camera} could not be opened. Check that it is connected and not in use by another app, or choose another camera in Settings.</source>
        <translation>No se pudo abrir la cámara {camera}. Comprueba que esté conectada y que no la esté usando otra aplicación, o elige otra cámara en Ajustes.</translation>
    </message>
    <message>
        <source>The screen cannot be captured here ({problem}). Screen sharing needs an X11 session (or XWayland access).</source>
        <translation>Aquí no se puede capturar la pantalla ({problem}). Para compartir la pantalla se necesita una sesión X11 (o acceso a XWayland).</translation>
    </message>
    <message>
        <source>The window chosen for sharing cannot be shared ({problem}). Choose another window or a monitor in Settings → Camera &amp; screen.</source>
        <translation>La ventana elegida no se puede compartir ({problem}). Elige otra ventana o un monitor en Ajustes → Cámara y pantalla.</translation>
    </message>
    <message>
        <source>The shared window was closed or minimised.</source>
        <translation>La ventana compartida se cerró o se minimizó.</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures (unplugged?).</source>
        <translation>La cámara ha dejado de enviar imágenes (¿se desconectó?).</translation>
    </message>
    <message>
        <source>Sharing stopped: {problem}</source>
        <translation>Se dejó de compartir: {problem}</translation>
    </message>
    <message>
        <source>Restore the backup from {day}, or start an empty diary.</source>
        <translation>Restaura la copia de seguridad del {day} o empieza un diario vacío.</translation>
    </message>
    <message>
        <source>The diary file is damaged</source>
        <translation>El archivo del diario está dañado</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged, and NutriVoice could not move it aside.</source>
        <translation>El diario de {where} está dañado y NutriVoice no pudo apartarlo.</translation>
    </message>
    <message>
        <source>Copy that file somewhere safe, remove it, and start NutriVoice again.</source>
        <translation>Copia ese archivo a un lugar seguro, elimínalo y vuelve a abrir NutriVoice.</translation>
    </message>
    <message>
        <source>The diary at {where} is damaged. NutriVoice moved it aside to {aside}, so nothing in it is lost.</source>
        <translation>El diario de {where} está dañado. NutriVoice lo ha movido a {aside}, así que no se pierde nada de lo que contiene.</translation>
    </message>
    <message>
        <source>Start an empty diary; the damaged copy stays where it is in case it can be rescued.</source>
        <translation>Empieza un diario vacío; la copia dañada se queda donde está por si se puede recuperar.</translation>
    </message>
    <message>
        <source>The diary is missing</source>
        <translation>Falta el diario</translation>
    </message>
    <message>
        <source>There is no diary at {where}, but there is a backup of it from {day}.</source>
        <translation>No hay ningún diario en {where}, pero hay una copia de seguridad del {day}.</translation>
    </message>
    <message>
        <source>The diary is from a newer NutriVoice</source>
        <translation>El diario es de una versión más reciente de NutriVoice</translation>
    </message>
    <message>
        <source>The diary at {where} was saved by a newer version of NutriVoice{because}.</source>
        <translation>El diario de {where} se guardó con una versión más reciente de NutriVoice{because}.</translation>
    </message>
    <message>
        <source>Update NutriVoice to open it. The diary was not changed.</source>
        <translation>Actualiza NutriVoice para abrirlo. El diario no se ha modificado.</translation>
    </message>
    <message>
        <source>The diary is read-only</source>
        <translation>El diario es de solo lectura</translation>
    </message>
    <message>
        <source>The diary is read-only: NutriVoice cannot save to {where}{because}.</source>
        <translation>El diario es de solo lectura: NutriVoice no puede guardar en {where}{because}.</translation>
    </message>
    <message>
        <source>Allow your user to write to that file and its folder (or move it off read-only media), then start NutriVoice again.</source>
        <translation>Da permiso de escritura a tu usuario en ese archivo y su carpeta (o sácalo de un soporte de solo lectura) y vuelve a abrir NutriVoice.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>The disk is full: NutriVoice could not set up the diary at {where}.</source>
        <translation>El disco está lleno: NutriVoice no pudo preparar el diario en {where}.</translation>
    </message>
    <message>
        <source>Free some space on that drive, then start NutriVoice again.</source>
        <translation>Libera espacio en esa unidad y vuelve a abrir NutriVoice.</translation>
    </message>
    <message>
        <source>The diary is busy</source>
        <translation>El diario está ocupado</translation>
    </message>
    <message>
        <source>Another program kept the diary at {where} locked for too long (another NutriVoice, or a &apos;nutrivoice tool&apos; command).</source>
        <translation>Otro programa mantuvo bloqueado el diario de {where} demasiado tiempo (otro NutriVoice o un comando &apos;nutrivoice tool&apos;).</translation>
    </message>
    <message>
        <source>Close the other NutriVoice or wait for the command to finish, then try again.</source>
        <translation>Cierra el otro NutriVoice o espera a que termine el comando y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>NutriVoice cannot reach the diary</source>
        <translation>NutriVoice no puede acceder al diario</translation>
    </message>
    <message>
        <source>NutriVoice cannot open the diary at {where}{because}.</source>
        <translation>NutriVoice no puede abrir el diario de {where}{because}.</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it, and that its drive is connected; then start NutriVoice again.</source>
        <translation>Comprueba que la carpeta exista, que puedas escribir en ella y que su unidad esté conectada; después vuelve a abrir NutriVoice.</translation>
    </message>
    <message>
        <source>Mifflin-St Jeor equation (Am J Clin Nutr 1990;51:241-7) × activity factor; about 7,700 kcal per kg for a goal; macro shares within the Acceptable Macronutrient Distribution Ranges (IOM 2005).</source>
        <translation>Ecuación de Mifflin-St Jeor (Am J Clin Nutr 1990;51:241-7) × factor de actividad; unas 7700 kcal por kg para una meta; reparto de macronutrientes dentro de los Acceptable Macronutrient Distribution Ranges (IOM 2005).</translation>
    </message>
    <message>
        <source>sedentary</source>
        <translation>sedentaria</translation>
    </message>
    <message>
        <source>light</source>
        <translation>ligera</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>very active</source>
        <translation>muy activa</translation>
    </message>
    <message>
        <source>Protein, carbs and fat shares must add up to 100 % (they add up to {split} %).</source>
        <translation>Los porcentajes de proteína, carbohidratos y grasas deben sumar 100 % (ahora suman {split} %).</translation>
    </message>
    <message>
        <source>protein {protein} g, carbs {carbs} g, fat {fat} g</source>
        <translation>proteína {protein} g, carbohidratos {carbs} g, grasas {fat} g</translation>
    </message>
    <message>
        <source>Set by hand: {kcal} kcal; {macros}.</source>
        <translation>Fijado a mano: {kcal} kcal; {macros}.</translation>
    </message>
    <message>
        <source>height</source>
        <translation>tu altura</translation>
    </message>
    <message>
        <source>age</source>
        <translation>tu edad</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>tu sexo</translation>
    </message>
    <message>
        <source>{kcal} kcal; {macros} (defaults: add your {missing} to compute targets from your body).</source>
        <translation>{kcal} kcal; {macros} (valores por defecto: añade {missing} para calcular los objetivos a partir de tu cuerpo).</translation>
    </message>
    <message>
        <source> − {kcal} to lose {rate} kg a week</source>
        <translation> − {kcal} para perder {rate} kg a la semana</translation>
    </message>
    <message>
        <source> to keep your weight</source>
        <translation> para mantener tu peso</translation>
    </message>
    <message>
        <source> + {kcal} to gain {rate} kg a week</source>
        <translation> + {kcal} para ganar {rate} kg a la semana</translation>
    </message>
    <message>
        <source> (raised to the {floor} kcal floor)</source>
        <translation> (elevado al mínimo de {floor} kcal)</translation>
    </message>
    <message>
        <source>Resting {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % of energy).</source>
        <translation>Gasto en reposo {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} = {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % de la energía).</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>desayuno</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>almuerzo</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>snacks</source>
        <translation>tentempiés</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>eaten</source>
        <translation>se comió</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>se saltó</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{kcal} kcal left</source>
        <translation>quedan {kcal} kcal</translation>
    </message>
    <message>
        <source>{kcal} kcal over</source>
        <translation>{kcal} kcal de más</translation>
    </message>
    <message>
        <source>right on target</source>
        <translation>justo en el objetivo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month}</source>
        <translation>el {weekday} {day} de {month}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} {year}</source>
        <translation>el {weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>protein</source>
        <translation>proteína</translation>
    </message>
    <message>
        <source>carbs</source>
        <translation>carbohidratos</translation>
    </message>
    <message>
        <source>fat</source>
        <translation>grasas</translation>
    </message>
    <message>
        <source>protein g</source>
        <translation>proteína g</translation>
    </message>
    <message>
        <source>carbs g</source>
        <translation>carbohidratos g</translation>
    </message>
    <message>
        <source>fat g</source>
        <translation>grasas g</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimento</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>gramos</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Before kcal</source>
        <translation>kcal antes</translation>
    </message>
    <message>
        <source>After kcal</source>
        <translation>kcal después</translation>
    </message>
    <message>
        <source>Protein g</source>
        <translation>Proteína g</translation>
    </message>
    <message>
        <source>Carbs g</source>
        <translation>Carbohidratos g</translation>
    </message>
    <message>
        <source>Fat g</source>
        <translation>Grasas g</translation>
    </message>
    <message>
        <source>{meal} (eaten)</source>
        <translation>{meal} (se comió)</translation>
    </message>
    <message>
        <source>{meal} (missed)</source>
        <translation>{meal} (se saltó)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Profile change (not saved yet)</source>
        <translation>Cambio de perfil (aún sin guardar)</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>Perfil actualizado</translation>
    </message>
    <message>
        <source>Diary entry removed</source>
        <translation>Entrada del diario eliminada</translation>
    </message>
    <message>
        <source>Removed {amount} {food} ({kcal} kcal) from {meal}.</source>
        <translation>Eliminado de {meal}: {amount} de {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>remove that entry</source>
        <translation>eliminar esa entrada</translation>
    </message>
    <message>
        <source>Saved meal deleted</source>
        <translation>Comida guardada eliminada</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Se eliminó “{name}”.</translation>
    </message>
    <message>
        <source>delete that saved meal</source>
        <translation>eliminar esa comida guardada</translation>
    </message>
    <message>
        <source>Diary entry changed</source>
        <translation>Entrada del diario modificada</translation>
    </message>
    <message>
        <source>Changed {food}: {changes}.</source>
        <translation>Cambios en {food}: {changes}.</translation>
    </message>
    <message>
        <source>Changed {food}: nothing to change.</source>
        <translation>{food}: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>change that entry</source>
        <translation>modificar esa entrada</translation>
    </message>
    <message>
        <source>Nutrition facts</source>
        <translation>Información nutricional</translation>
    </message>
    <message>
        <source>{amount} {food}: {kcal} kcal, {protein} g protein, {carbs} g carbs, {fat} g fat ({source}).</source>
        <translation>{amount} de {food}: {kcal} kcal, {protein} g de proteína, {carbs} g de carbohidratos, {fat} g de grasas ({source}).</translation>
    </message>
    <message>
        <source>Other matches below: ask which one is meant.</source>
        <translation>Hay otras coincidencias abajo: pregunta a cuál se refiere.</translation>
    </message>
    <message>
        <source>kcal / 100 g</source>
        <translation>kcal / 100 g</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>find that food</source>
        <translation>buscar ese alimento</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal plus {activity} from activity; {left}.</source>
        <translation>{day}: consumidas {eaten} de {target} kcal más {activity} por actividad; {left}.</translation>
    </message>
    <message>
        <source>{day}: eaten {eaten} of {target} kcal; {left}.</source>
        <translation>{day}: consumidas {eaten} de {target} kcal; {left}.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>target kcal</source>
        <translation>kcal objetivo</translation>
    </message>
    <message>
        <source>eaten kcal</source>
        <translation>kcal consumidas</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Hoy hasta ahora</translation>
    </message>
    <message>
        <source>sum up that day</source>
        <translation>resumir ese día</translation>
    </message>
    <message>
        <source>Saved meals</source>
        <translation>Comidas guardadas</translation>
    </message>
    <message>
        <source>Saved meal</source>
        <translation>Comida guardada</translation>
    </message>
    <message>
        <source>foods</source>
        <translation>alimentos</translation>
    </message>
    <message>
        <source>No saved meals yet.</source>
        <translation>Aún no hay comidas guardadas.</translation>
    </message>
    <message>
        <source>list the saved meals</source>
        <translation>mostrar las comidas guardadas</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>Actividad registrada</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} net kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}: {minutes} min con {weight} kg queman unas {kcal} kcal netas (MET {met}); se suman al presupuesto {day}.</translation>
    </message>
    <message>
        <source>{activity}: {minutes} min at {weight} kg burns about {kcal} kcal (MET {met}); added to the budget {day}.</source>
        <translation>{activity}: {minutes} min con {weight} kg queman unas {kcal} kcal (MET {met}); se suman al presupuesto {day}.</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>Quemadas</translation>
    </message>
    <message>
        <source>Remaining before</source>
        <translation>Restantes antes</translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation>Restantes ahora</translation>
    </message>
    <message>
        <source>Compendium 2011, code {code}</source>
        <translation>Compendium 2011, código {code}</translation>
    </message>
    <message>
        <source>log that activity</source>
        <translation>registrar esa actividad</translation>
    </message>
    <message>
        <source>Food logged</source>
        <translation>Alimento registrado</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal}.</source>
        <translation>Registrado como {meal}: {amount} de {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} {day}.</source>
        <translation>Registrado como {meal} {day}: {amount} de {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>log that food</source>
        <translation>registrar ese alimento</translation>
    </message>
    <message>
        <source>Saved meal logged</source>
        <translation>Comida guardada registrada</translation>
    </message>
    <message>
        <source>Logged “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>Registrado como {meal}: “{name}” ({kcal} kcal).</translation>
    </message>
    <message>
        <source>Logged {portions} × “{name}” ({kcal} kcal) for {meal}.</source>
        <translation>Registrado como {meal}: {portions} × “{name}” ({kcal} kcal).</translation>
    </message>
    <message>
        <source>log that saved meal</source>
        <translation>registrar esa comida guardada</translation>
    </message>
    <message>
        <source>Weight logged</source>
        <translation>Peso registrado</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg. {change} kg since {since}.</source>
        <translation>Peso {day}: {kg} kg. {change} kg desde el {since}.</translation>
    </message>
    <message>
        <source>Weight {day}: {kg} kg.</source>
        <translation>Peso {day}: {kg} kg.</translation>
    </message>
    <message>
        <source>log that weight</source>
        <translation>registrar ese peso</translation>
    </message>
    <message>
        <source>Missed meal rebalanced</source>
        <translation>Comida saltada reajustada</translation>
    </message>
    <message>
        <source>Moved the missed {meal} ({kcal} kcal) into {meals}.</source>
        <translation>Comida saltada: {meal} ({kcal} kcal), repartida entre: {meals}.</translation>
    </message>
    <message>
        <source>{kcal} kcal did not fit without making a meal too large.</source>
        <translation>{kcal} kcal no cabían sin hacer demasiado grande alguna comida.</translation>
    </message>
    <message>
        <source>rebalance the missed meal</source>
        <translation>reajustar la comida saltada</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rehecho</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <source>redo that change</source>
        <translation>rehacer ese cambio</translation>
    </message>
    <message>
        <source>Logged again</source>
        <translation>Registrado de nuevo</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) for {meal} again, as on {day}.</source>
        <translation>Registrado de nuevo como {meal}, igual que el {day}: {amount} de {food} ({kcal} kcal).</translation>
    </message>
    <message>
        <source>log that again</source>
        <translation>registrarlo de nuevo</translation>
    </message>
    <message>
        <source>Meal saved</source>
        <translation>Comida guardada</translation>
    </message>
    <message>
        <source>Updated “{name}”: {foods} — {kcal} kcal.</source>
        <translation>“{name}” actualizada: {foods} — {kcal} kcal.</translation>
    </message>
    <message>
        <source>Saved “{name}”: {foods} — {kcal} kcal.</source>
        <translation>“{name}” guardada: {foods} — {kcal} kcal.</translation>
    </message>
    <message>
        <source>save that meal</source>
        <translation>guardar esa comida</translation>
    </message>
    <message>
        <source>lose {rate} kg a week</source>
        <translation>perder {rate} kg a la semana</translation>
    </message>
    <message>
        <source>keep the weight</source>
        <translation>mantener el peso</translation>
    </message>
    <message>
        <source>gain {rate} kg a week</source>
        <translation>ganar {rate} kg a la semana</translation>
    </message>
    <message>
        <source>protein {value}</source>
        <translation>proteína {value}</translation>
    </message>
    <message>
        <source>carbs {value}</source>
        <translation>carbohidratos {value}</translation>
    </message>
    <message>
        <source>fat {value}</source>
        <translation>grasas {value}</translation>
    </message>
    <message>
        <source>computed targets</source>
        <translation>objetivos calculados</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Meta: {goal}</translation>
    </message>
    <message>
        <source>change the goal</source>
        <translation>cambiar la meta</translation>
    </message>
    <message>
        <source>Ingredient swap</source>
        <translation>Sustitución de ingrediente</translation>
    </message>
    <message>
        <source>Swap ideas</source>
        <translation>Ideas de sustitución</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap keeps the macros.</source>
        <translation>Usa {grams} g de {new} en lugar de {amount} de {old}: la sustitución mantiene los macronutrientes.</translation>
    </message>
    <message>
        <source>Use {grams} g {new} instead of {amount} {old}: the swap is off by up to {error}% on one macro.</source>
        <translation>Usa {grams} g de {new} en lugar de {amount} de {old}: la sustitución se desvía hasta un {error}% en un macronutriente.</translation>
    </message>
    <message>
        <source>difference %</source>
        <translation>diferencia %</translation>
    </message>
    <message>
        <source>Swaps for {amount} {food}: {options}</source>
        <translation>Sustitutos para {amount} de {food}: {options}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>max error %</source>
        <translation>error máx. %</translation>
    </message>
    <message>
        <source>find a swap</source>
        <translation>buscar un sustituto</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>undo that change</source>
        <translation>deshacer ese cambio</translation>
    </message>
    <message>
        <source>Unplanned food compensated</source>
        <translation>Alimento fuera del plan compensado</translation>
    </message>
    <message>
        <source>Logged {amount} {food} ({kcal} kcal) and trimmed {meals}.</source>
        <translation>Registrado: {amount} de {food} ({kcal} kcal). Recortado: {meals}.</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day will end about that much over.</source>
        <translation>Las comidas restantes no pueden absorber {kcal} kcal: el día acabará con unas {kcal} kcal de más.</translation>
    </message>
    <message>
        <source>The remaining meals cannot absorb {kcal} kcal: the day ended about that much over.</source>
        <translation>Las comidas restantes no pueden absorber {kcal} kcal: el día acabó con unas {kcal} kcal de más.</translation>
    </message>
    <message>
        <source>Meal plan changed</source>
        <translation>Plan de comidas modificado</translation>
    </message>
    <message>
        <source>{meal} {share} at {time}</source>
        <translation>{meal} {share} a las {time}</translation>
    </message>
    <message>
        <source>Meal plan from tomorrow (and today&apos;s meals not eaten yet): {meals}.</source>
        <translation>Plan de comidas desde mañana (y para las comidas de hoy que aún no has tomado): {meals}.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>share</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>change the meal plan</source>
        <translation>cambiar el plan de comidas</translation>
    </message>
    <message>
        <source>weight kg {value}</source>
        <translation>peso {value} kg</translation>
    </message>
    <message>
        <source>height cm {value}</source>
        <translation>altura {value} cm</translation>
    </message>
    <message>
        <source>age {value}</source>
        <translation>edad {value}</translation>
    </message>
    <message>
        <source>sex {value}</source>
        <translation>sexo {value}</translation>
    </message>
    <message>
        <source>activity {value}</source>
        <translation>actividad {value}</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Profile: {changes}</source>
        <translation>Perfil: {changes}</translation>
    </message>
    <message>
        <source>update the profile</source>
        <translation>actualizar el perfil</translation>
    </message>
    <message>
        <source>No system keyring is available to store your API key securely. On Linux install and unlock a Secret Service provider (GNOME Keyring or KWallet) and make sure a D-Bus session is running; or set the GEMINI_API_KEY environment variable instead.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar tu clave de API de forma segura. En Linux, instala y desbloquea un proveedor de Secret Service (GNOME Keyring o KWallet) y asegúrate de que haya una sesión de D-Bus en marcha; o define la variable de entorno GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Your system keyring is locked. Unlock it (log in to your desktop keyring) and try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéalo (inicia sesión en el llavero del escritorio) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not read the API key from the keyring: {problem}</source>
        <translation>No se pudo leer la clave de API del llavero: {problem}</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>La clave de API está vacía.</translation>
    </message>
    <message>
        <source>Could not store the API key in the keyring: {problem}</source>
        <translation>No se pudo guardar la clave de API en el llavero: {problem}</translation>
    </message>
    <message>
        <source>Could not remove the API key from the keyring: {problem}</source>
        <translation>No se pudo quitar la clave de API del llavero: {problem}</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <source>Microphone check</source>
        <translation>Comprobación del micrófono</translation>
    </message>
    <message>
        <source>Say something: the bar should move. If it does not, pick another microphone in Settings later.</source>
        <translation>Di algo: la barra debería moverse. Si no se mueve, elige otro micrófono más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Abriendo el micrófono…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (no conectado)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Sharing indicator</source>
        <translation>Indicador de uso compartido</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Show the picture Gemini gets, at full size</source>
        <translation>Muestra a tamaño completo la imagen que recibe Gemini</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>● The camera is shared with Gemini</source>
        <translation>● La cámara se está compartiendo con Gemini</translation>
    </message>
    <message>
        <source>● The screen is shared with Gemini</source>
        <translation>● La pantalla se está compartiendo con Gemini</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Lose weight</source>
        <translation>Perder peso</translation>
    </message>
    <message>
        <source>Keep my weight</source>
        <translation>Mantener mi peso</translation>
    </message>
    <message>
        <source>Gain weight</source>
        <translation>Ganar peso</translation>
    </message>
    <message>
        <source>Profile &amp; goals</source>
        <translation>Perfil &amp; metas</translation>
    </message>
    <message>
        <source>Goal and targets</source>
        <translation>Meta y objetivos</translation>
    </message>
    <message>
        <source>Computed from me</source>
        <translation>Calculados a partir de mis datos</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Fijados a mano</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg a la semana</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Protein</source>
        <translation>Proteína</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Carbohidratos</translation>
    </message>
    <message>
        <source>Fat</source>
        <translation>Grasas</translation>
    </message>
    <message>
        <source>protein share of energy</source>
        <translation>porcentaje de energía de la proteína</translation>
    </message>
    <message>
        <source>carbs share of energy</source>
        <translation>porcentaje de energía de los carbohidratos</translation>
    </message>
    <message>
        <source>fat share of energy</source>
        <translation>porcentaje de energía de las grasas</translation>
    </message>
    <message>
        <source>Macro split</source>
        <translation>Reparto de macronutrientes</translation>
    </message>
    <message>
        <source>kcal target</source>
        <translation>objetivo de kcal</translation>
    </message>
    <message>
        <source>protein target</source>
        <translation>objetivo de proteína</translation>
    </message>
    <message>
        <source>carbs target</source>
        <translation>objetivo de carbohidratos</translation>
    </message>
    <message>
        <source>fat target</source>
        <translation>objetivo de grasas</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>&lt;small&gt;Sources: {sources}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Fuentes: {sources}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Meal plan</source>
        <translation>Plan de comidas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comida&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Share of the day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Porcentaje del día&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usual time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hora habitual&lt;/b&gt;</translation>
    </message>
    <message>
        <source>breakfast share of the day</source>
        <translation>porcentaje del día del desayuno</translation>
    </message>
    <message>
        <source>lunch share of the day</source>
        <translation>porcentaje del día del almuerzo</translation>
    </message>
    <message>
        <source>dinner share of the day</source>
        <translation>porcentaje del día de la cena</translation>
    </message>
    <message>
        <source>snacks share of the day</source>
        <translation>porcentaje del día de los tentempiés</translation>
    </message>
    <message>
        <source>breakfast usual time</source>
        <translation>hora habitual del desayuno</translation>
    </message>
    <message>
        <source>lunch usual time</source>
        <translation>hora habitual del almuerzo</translation>
    </message>
    <message>
        <source>dinner usual time</source>
        <translation>hora habitual de la cena</translation>
    </message>
    <message>
        <source>snacks usual time</source>
        <translation>hora habitual de los tentempiés</translation>
    </message>
    <message>
        <source>Weight over time</source>
        <translation>Peso a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Today&apos;s weight</source>
        <translation>Peso de hoy</translation>
    </message>
    <message>
        <source>Log today&apos;s weight</source>
        <translation>Registrar el peso de hoy</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your targets (optional)</source>
        <translation>Tus objetivos (opcional)</translation>
    </message>
    <message>
        <source>Until you say otherwise the day&apos;s targets are 2000 kcal, 100 g protein, 250 g carbs and 67 g fat. Tell NutriVoice about you and your goal for targets that fit you (Mifflin-St Jeor), or skip this; Tools → Profile &amp; goals has more.</source>
        <translation>Mientras no digas otra cosa, los objetivos del día son 2000 kcal, 100 g de proteína, 250 g de carbohidratos y 67 g de grasas. Cuéntale a NutriVoice sobre ti y tu meta para tener objetivos a tu medida (Mifflin-St Jeor), u omite este paso; en Herramientas → Perfil &amp; metas hay más opciones.</translation>
    </message>
    <message>
        <source> kg a week</source>
        <translation> kg a la semana</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>More: macro split, targets by hand, meal plan…</source>
        <translation>Más: reparto de macronutrientes, objetivos a mano, plan de comidas…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>SavedMealsDialog</name>
    <message>
        <source>Saved meals</source>
        <translation>Comidas guardadas</translation>
    </message>
    <message>
        <source>Log to meal</source>
        <translation>Registrar en la comida</translation>
    </message>
    <message>
        <source>Log today as</source>
        <translation>Registrar hoy como</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>usual breakfast</source>
        <translation>desayuno habitual</translation>
    </message>
    <message>
        <source>200 ml milk
a banana
40 g oats</source>
        <translation>200 ml de leche
un plátano
40 g de avena</translation>
    </message>
    <message>
        <source>New meal name</source>
        <translation>Nombre de la nueva comida</translation>
    </message>
    <message>
        <source>Foods, one per line</source>
        <translation>Alimentos, uno por línea</translation>
    </message>
    <message>
        <source>Save meal</source>
        <translation>Guardar comida</translation>
    </message>
    <message>
        <source>{name} — {kcal} kcal
{foods}</source>
        <translation>{name} — {kcal} kcal
{foods}</translation>
    </message>
    <message>
        <source>Give the meal a name and at least one food.</source>
        <translation>Pon un nombre a la comida y añade al menos un alimento.</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Window: {title}</source>
        <translation>Ventana: {title}</translation>
    </message>
    <message>
        <source>Monitor {number} — {width}×{height}</source>
        <translation>Monitor {number} — {width}×{height}</translation>
    </message>
    <message>
        <source>{monitor} (primary)</source>
        <translation>{monitor} (principal)</translation>
    </message>
    <message>
        <source>A window that is closed now</source>
        <translation>Una ventana que ya está cerrada</translation>
    </message>
    <message>
        <source>Monitor {number} (not connected)</source>
        <translation>Monitor {number} (no conectado)</translation>
    </message>
    <message>
        <source>Monitor {number}</source>
        <translation>Monitor {number}</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>Una ventana</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Puck (upbeat)</source>
        <translation>Puck (animada)</translation>
    </message>
    <message>
        <source>Charon (informative)</source>
        <translation>Charon (informativa)</translation>
    </message>
    <message>
        <source>Kore (firm)</source>
        <translation>Kore (firme)</translation>
    </message>
    <message>
        <source>Fenrir (excitable)</source>
        <translation>Fenrir (entusiasta)</translation>
    </message>
    <message>
        <source>Aoede (breezy)</source>
        <translation>Aoede (desenfadada)</translation>
    </message>
    <message>
        <source>Leda (youthful)</source>
        <translation>Leda (juvenil)</translation>
    </message>
    <message>
        <source>Orus (firm)</source>
        <translation>Orus (firme)</translation>
    </message>
    <message>
        <source>Zephyr (bright)</source>
        <translation>Zephyr (luminosa)</translation>
    </message>
    <message>
        <source>Callirrhoe (easy-going)</source>
        <translation>Callirrhoe (tranquila)</translation>
    </message>
    <message>
        <source>Autonoe (bright)</source>
        <translation>Autonoe (brillante)</translation>
    </message>
    <message>
        <source>Enceladus (breathy)</source>
        <translation>Enceladus (susurrante)</translation>
    </message>
    <message>
        <source>Iapetus (clear)</source>
        <translation>Iapetus (clara)</translation>
    </message>
    <message>
        <source>Umbriel (easy-going)</source>
        <translation>Umbriel (relajada)</translation>
    </message>
    <message>
        <source>Algieba (smooth)</source>
        <translation>Algieba (suave)</translation>
    </message>
    <message>
        <source>Despina (smooth)</source>
        <translation>Despina (suave)</translation>
    </message>
    <message>
        <source>Erinome (clear)</source>
        <translation>Erinome (nítida)</translation>
    </message>
    <message>
        <source>Algenib (gravelly)</source>
        <translation>Algenib (ronca)</translation>
    </message>
    <message>
        <source>Rasalgethi (informative)</source>
        <translation>Rasalgethi (informativa)</translation>
    </message>
    <message>
        <source>Laomedeia (upbeat)</source>
        <translation>Laomedeia (animada)</translation>
    </message>
    <message>
        <source>Achernar (soft)</source>
        <translation>Achernar (dulce)</translation>
    </message>
    <message>
        <source>Alnilam (firm)</source>
        <translation>Alnilam (firme)</translation>
    </message>
    <message>
        <source>Schedar (even)</source>
        <translation>Schedar (equilibrada)</translation>
    </message>
    <message>
        <source>Gacrux (mature)</source>
        <translation>Gacrux (madura)</translation>
    </message>
    <message>
        <source>Pulcherrima (forward)</source>
        <translation>Pulcherrima (directa)</translation>
    </message>
    <message>
        <source>Achird (friendly)</source>
        <translation>Achird (amable)</translation>
    </message>
    <message>
        <source>Zubenelgenubi (casual)</source>
        <translation>Zubenelgenubi (informal)</translation>
    </message>
    <message>
        <source>Vindemiatrix (gentle)</source>
        <translation>Vindemiatrix (delicada)</translation>
    </message>
    <message>
        <source>Sadachbia (lively)</source>
        <translation>Sadachbia (vivaz)</translation>
    </message>
    <message>
        <source>Sadaltager (knowledgeable)</source>
        <translation>Sadaltager (erudita)</translation>
    </message>
    <message>
        <source>Sulafat (warm)</source>
        <translation>Sulafat (cálida)</translation>
    </message>
    <message>
        <source>Same as the user</source>
        <translation>El mismo que el tuyo</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation>El idioma de los menús, botones y mensajes</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The assistant&apos;s voice</source>
        <translation>La voz del asistente</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Live API model name; models get retired, so it is editable</source>
        <translation>Nombre del modelo de la API Live; los modelos se retiran, por eso se puede editar</translation>
    </message>
    <message>
        <source>Assistant&apos;s language</source>
        <translation>Idioma del asistente</translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation>El idioma en que responde el asistente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>What the assistant can see besides hearing you</source>
        <translation>Lo que puede ver el asistente además de oírte</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Solo voz</translation>
    </message>
    <message>
        <source>Voice + camera</source>
        <translation>Voz + cámara</translation>
    </message>
    <message>
        <source>Voice + screen</source>
        <translation>Voz + pantalla</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Turnos de palabra</translation>
    </message>
    <message>
        <source>Automatic: the assistant hears when you start and stop speaking. Push to talk: hold the hotkey or the Hold to talk button while you speak.</source>
        <translation>Automático: el asistente nota cuándo empiezas y dejas de hablar. Pulsar para hablar: mantén pulsado el atajo o el botón “Mantén para hablar” mientras hablas.</translation>
    </message>
    <message>
        <source>Automatic (just talk)</source>
        <translation>Automático (habla sin más)</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <source>Push-to-talk hotkey</source>
        <translation>Atajo para pulsar y hablar</translation>
    </message>
    <message>
        <source>Hold these keys while you speak, in any app (push to talk only)</source>
        <translation>Mantén pulsadas estas teclas mientras hablas, en cualquier aplicación (solo con pulsar para hablar)</translation>
    </message>
    <message>
        <source>Closing the window keeps NutriVoice in the tray</source>
        <translation>Al cerrar la ventana, NutriVoice sigue en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Echo handling</source>
        <translation>Tratamiento del eco</translation>
    </message>
    <message>
        <source>How the microphone keeps from hearing the assistant through your speakers</source>
        <translation>Cómo evita el micrófono oír al asistente por tus altavoces</translation>
    </message>
    <message>
        <source>Cancel the echo (talk over the assistant)</source>
        <translation>Cancelar el eco (puedes hablar encima del asistente)</translation>
    </message>
    <message>
        <source>Mute the mic while the assistant speaks</source>
        <translation>Silenciar el micrófono mientras habla el asistente</translation>
    </message>
    <message>
        <source>Off (headphones)</source>
        <translation>Desactivado (auriculares)</translation>
    </message>
    <message>
        <source>Microphone frame</source>
        <translation>Trama del micrófono</translation>
    </message>
    <message>
        <source>Shorter frames: lower latency, more work for the computer</source>
        <translation>Tramas más cortas: menos latencia, más trabajo para el equipo</translation>
    </message>
    <message>
        <source>10 ms (lowest latency)</source>
        <translation>10 ms (latencia mínima)</translation>
    </message>
    <message>
        <source>20 ms (recommended)</source>
        <translation>20 ms (recomendado)</translation>
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
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>A camera, or a video file or stream URL</source>
        <translation>Una cámara, o un archivo de video o una URL de emisión</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>The monitor or window the assistant sees</source>
        <translation>El monitor o la ventana que ve el asistente</translation>
    </message>
    <message>
        <source>Shared window</source>
        <translation>Ventana compartida</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint de la API</translation>
    </message>
    <message>
        <source>Override for proxies and tests; empty: Google&apos;s</source>
        <translation>Alternativa para proxies y pruebas; vacío: el de Google</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>v1beta (recommended)</source>
        <translation>v1beta (recomendada)</translation>
    </message>
    <message>
        <source>v1alpha (preview features)</source>
        <translation>v1alpha (funciones en vista previa)</translation>
    </message>
    <message>
        <source>v1 (stable features only)</source>
        <translation>v1 (solo funciones estables)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Archivo de CA adicional</translation>
    </message>
    <message>
        <source>PEM file to trust for the custom endpoint, besides the system&apos;s (corporate proxies, tests)</source>
        <translation>Archivo PEM en el que confiar para el endpoint personalizado, además de los del sistema (proxies corporativos, pruebas)</translation>
    </message>
    <message>
        <source>Trust only that CA file</source>
        <translation>Confiar solo en ese archivo de CA</translation>
    </message>
    <message>
        <source>For the custom endpoint: trust the CA file alone, not the system&apos;s certificates</source>
        <translation>Para el endpoint personalizado: confiar solo en el archivo de CA, no en los certificados del sistema</translation>
    </message>
    <message>
        <source>First-run walkthrough finished</source>
        <translation>Guía de primer uso completada</translation>
    </message>
    <message>
        <source>{value} is not a yes/no value</source>
        <translation>{value} no es un valor sí/no</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} es menor que {minimum}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} es mayor que {maximum}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>NutriVoice settings</source>
        <translation>Ajustes de NutriVoice</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Voice &amp; audio</source>
        <translation>Voz y audio</translation>
    </message>
    <message>
        <source>Camera &amp; screen</source>
        <translation>Cámara y pantalla</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clave de API de Gemini</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>Prueba de sonido</translation>
    </message>
    <message>
        <source>Your body data, weight goal and daily targets are in Profile &amp; goals. The assistant uses them to plan your meals.</source>
        <translation>Tus datos corporales, tu meta de peso y tus objetivos diarios están en Perfil &amp; metas. El asistente los usa para planificar tus comidas.</translation>
    </message>
    <message>
        <source>Open Profile &amp;&amp; goals…</source>
        <translation>Abrir Perfil &amp;&amp; metas…</translation>
    </message>
    <message>
        <source>The cameras could not be listed: {problem}</source>
        <translation>No se pudieron listar las cámaras: {problem}</translation>
    </message>
    <message>
        <source>The screens could not be listed: {problem}</source>
        <translation>No se pudieron listar las pantallas: {problem}</translation>
    </message>
    <message>
        <source>For proxies, tests and troubleshooting. The defaults suit almost everyone.</source>
        <translation>Para proxies, pruebas y resolución de problemas. Los valores predeterminados sirven a casi todo el mundo.</translation>
    </message>
    <message>
        <source>Applies when you next press Start.</source>
        <translation>Se aplica la próxima vez que pulses Iniciar.</translation>
    </message>
    <message>
        <source>Applies when you restart NutriVoice.</source>
        <translation>Se aplica cuando reinicies NutriVoice.</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Elige un archivo de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The sound devices could not be listed: {problem}</source>
        <translation>No se pudieron listar los dispositivos de sonido: {problem}</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Talk while held (the Hold to talk button has focus)</source>
        <translation>Hablar mientras se mantiene pulsado (con el foco en el botón “Mantén para hablar”)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Plays a short tone on the speaker and shows what the microphone hears</source>
        <translation>Reproduce un tono corto por el altavoz y muestra lo que oye el micrófono</translation>
    </message>
    <message>
        <source>The sound check is not available here.</source>
        <translation>La prueba de sonido no está disponible aquí.</translation>
    </message>
    <message>
        <source>Stop the conversation to test: it is using the microphone and the speaker.</source>
        <translation>Detén la conversación para hacer la prueba: está usando el micrófono y el altavoz.</translation>
    </message>
    <message>
        <source>Playing a tone… now say something.</source>
        <translation>Reproduciendo un tono… ahora di algo.</translation>
    </message>
    <message>
        <source>The sound check could not run: {problem}</source>
        <translation>No se pudo hacer la prueba de sonido: {problem}</translation>
    </message>
    <message>
        <source>A tone played on the speaker: if you did not hear it, choose another speaker or turn the volume up.</source>
        <translation>Se reprodujo un tono por el altavoz: si no lo oíste, elige otro altavoz o sube el volumen.</translation>
    </message>
    <message>
        <source>Heard you: the microphone works.</source>
        <translation>Te he oído: el micrófono funciona.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it may be muted, switched off or not the one you speak into.</source>
        <translation>No llega sonido del micrófono: puede que esté silenciado, apagado o que no sea el que usas para hablar.</translation>
    </message>
    <message>
        <source>The microphone is very quiet: speak closer to it or turn its volume up.</source>
        <translation>El micrófono se oye muy bajo: habla más cerca o sube su volumen.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Nothing was deleted: the damaged file was kept as {file}.</source>
        <translation>No se eliminó nada: el archivo dañado se guardó como {file}.</translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation>Registro: {file}</translation>
    </message>
    <message>
        <source>Restore the backup of {day}</source>
        <translation>Restaurar la copia de seguridad del {day}</translation>
    </message>
    <message>
        <source>Start an empty diary</source>
        <translation>Empezar un diario vacío</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Hold to talk</source>
        <translation>Mantén para hablar</translation>
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
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: {title}</source>
        <translation>Deshacer: {title}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>the day a card is about</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>for {day} · {time}</source>
        <translation>del {day} · {time}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show NutriVoice</source>
        <translation>Mostrar NutriVoice</translation>
    </message>
    <message>
        <source>Start talking</source>
        <translation>Empezar a hablar</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation>Dejar de hablar</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Dejar de compartir la cámara</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Dejar de compartir la pantalla</translation>
    </message>
    <message>
        <source>The camera is shared with Gemini.</source>
        <translation>La cámara se está compartiendo con Gemini.</translation>
    </message>
    <message>
        <source>The screen is shared with Gemini.</source>
        <translation>La pantalla se está compartiendo con Gemini.</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>Not talking</source>
        <translation>Sin conversación</translation>
    </message>
    <message>
        <source>Press Start ({start}) to talk.</source>
        <translation>Pulsa Iniciar ({start}) para hablar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>One moment.</source>
        <translation>Un momento.</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Just talk.</source>
        <translation>Habla con normalidad.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Hold {hotkey} or the Hold to talk button while you speak.</source>
        <translation>Mantén pulsado {hotkey} o el botón “Mantén para hablar” mientras hablas.</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Release when you are done.</source>
        <translation>Suelta cuando termines.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Working on your answer.</source>
        <translation>Preparando tu respuesta.</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Talk to interrupt.</source>
        <translation>Habla para interrumpir.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Your microphone is off. {mute} turns it on.</source>
        <translation>Tu micrófono está desactivado. {mute} lo activa.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Keep talking; nothing is lost.</source>
        <translation>Sigue hablando; no se pierde nada.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>See the message above. Press Start ({start}) to try again.</source>
        <translation>Consulta el mensaje de arriba. Pulsa Iniciar ({start}) para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Voice state</source>
        <translation>Estado de voz</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Welcome to NutriVoice</source>
        <translation>Te damos la bienvenida a NutriVoice</translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <source>Weight trend</source>
        <translation>Tendencia del peso</translation>
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
        <translation>tendencia {kg} kg</translation>
    </message>
    <message>
        <source>No weights logged yet</source>
        <translation>Aún no hay pesos registrados</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</source>
        <translation>
            <numerusform>%n peso del {first} al {last}; último {latest} kg, tendencia {trend} kg. Usa las flechas izquierda y derecha para leer cada peso.</numerusform>
            <numerusform>%n pesos del {first} al {last}; último {latest} kg, tendencia {trend} kg. Usa las flechas izquierda y derecha para leer cada peso.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format on the weight chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Log your weight to see its trend here.</source>
        <translation>Registra tu peso para ver aquí su tendencia.</translation>
    </message>
</context>
</TS>

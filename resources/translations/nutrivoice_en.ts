<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DayDashboard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history range</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) of history</source>
        <translation>
            <numerusform>Show %n day of history</numerusform>
            <numerusform>Show %n days of history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message numerus="yes">
        <source>Nothing logged in the last %n day(s) yet.</source>
        <translation>
            <numerusform>Nothing logged in the last %n day yet.</numerusform>
            <numerusform>Nothing logged in the last %n days yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average {kcal} kcal over %n logged day(s)</source>
        <translation>
            <numerusform>Average {kcal} kcal over %n logged day</numerusform>
            <numerusform>Average {kcal} kcal over %n logged days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over target</source>
        <translation>
            <numerusform>%n day over target</numerusform>
            <numerusform>%n days over target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Diary saved to {path} (%n days)</source>
        <translation>
            <numerusform>Diary saved to {path} (%n days)</numerusform>
            <numerusform>Diary saved to {path} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) of the diary (Ctrl+Z undoes a day).</source>
        <translation>
            <numerusform>Imported %n day of the diary (Ctrl+Z undoes a day).</numerusform>
            <numerusform>Imported %n days of the diary (Ctrl+Z undoes a day).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message numerus="yes">
        <source>%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</source>
        <translation>
            <numerusform>%n weight from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</numerusform>
            <numerusform>%n weights from {first} to {last}; latest {latest} kg, trend {trend} kg. Use the Left and Right arrow keys to read each weight.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Procedure</name>
    <message>
        <source>Moving in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move within the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::CaseListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::CasePage</name>
    <message>
        <source>No case is open. Open one from Reception or the Review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for sending back or cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1   %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by the reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1   Last change: %2   Version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to %1 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::CaseService</name>
    <message>
        <source>The local store could not save or read the case. Nothing was changed; try again, and call the administrator if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this case in the meantime. It has been reloaded; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk can open a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one member of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk can change the entered data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entered data can only change in Reception or Entry; this case is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::DashboardPage</name>
    <message>
        <source>Cases per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases: %1   Received today: %2   As of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::HistoryModel</name>
    <message>
        <source>Case opened in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::MainWindow</name>
    <message>
        <source>Madoguchi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New walk-in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::MembersModel</name>
    <message>
        <source>Add at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1: enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1: enter the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1: enter the relationship to the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::ReceptionPage</name>
    <message>
        <source>Today&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened with queue number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::ReviewPage</name>
    <message>
        <source>Cases waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting for review, the oldest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdg::SettingsPage</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;entral store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First camera found (demo frames when there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Store and language changes apply when Madoguchi starts next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::SignInDialog</name>
    <message>
        <source>Madoguchi — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::SignInService</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store cannot be read. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login and a display name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdg::StageMachine</name>
    <message>
        <source>The case is already in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed (%1); it cannot change stage any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in %1 cannot move to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a case to %1 requires a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow moving a case from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

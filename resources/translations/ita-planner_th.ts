<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../src/gui/QtStrings.cpp" line="+13"/>
        <source>&amp;Select All</source>
        <translation>เลือก&amp;ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>เ&amp;พิ่มขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;ลดลง</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../../src/cli/Skeleton.cpp" line="+31"/>
        <source>Usage: %1</source>
        <translation>วิธีใช้: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help on commandline options.</source>
        <translation>แสดงวิธีใช้ตัวเลือกของคำสั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>แสดงวิธีใช้ รวมถึงตัวเลือกเฉพาะของ Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>แสดงรุ่นของโปรแกรม</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/gui/QtStrings.cpp" line="+1"/>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่นไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>ชนิดแฟ้ม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>ค้นหาโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;ชื่อแฟ้ม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>เ&amp;ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>เ&amp;ลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>เปลี่ยน&amp;ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>แสดงแฟ้มที่&amp;ซ่อนไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์&amp;ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์นี้
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มี %1 อยู่แล้ว
ต้องการแทนที่หรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบแฟ้มนี้
โปรดตรวจสอบชื่อแฟ้ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ถูกป้องกันการเขียน
ต้องการลบหรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; ใช่หรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำ&amp;ซ้ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;ตัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;คัดลอก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;วาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่&amp;ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไ&amp;ม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ไม่&amp;ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำ&amp;ซ้ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;ตัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;คัดลอก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่&amp;ลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;วาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <location filename="../../ui/ThresholdsPanel.ui" line="+11"/>
        <source>Urgent below:</source>
        <translation>เร่งด่วนเมื่อต่ำกว่า:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Maintain from the overall score</source>
        <translation>รักษาระดับตั้งแต่คะแนนภาพรวม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maintain from:</source>
        <translation>รักษาระดับตั้งแต่:</translation>
    </message>
</context>
<context>
    <name>ita</name>
    <message>
        <location filename="../../src/core/io/PasteParser.cpp" line="+29"/>
        <source>no code in the first column</source>
        <translation>คอลัมน์แรกไม่มีรหัส</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>score %1 of %2 is out of range (0 to 100)</source>
        <translation>คะแนน %1 ของ %2 อยู่นอกช่วง (0 ถึง 100)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no score for %1 in the row</source>
        <translation>แถวนี้ไม่มีคะแนนของ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was pasted twice; this later value is used</source>
        <translation>วาง %1 ซ้ำสองครั้ง ใช้ค่าที่วางภายหลัง</translation>
    </message>
</context>
<context>
    <name>ita::AgencyRepository</name>
    <message>
        <location filename="../../src/core/storage/AgencyRepository.cpp" line="+64"/>
        <source>no agency named &quot;%1&quot; in %2</source>
        <translation>ไม่มีหน่วยงานชื่อ &quot;%1&quot; ใน %2</translation>
    </message>
</context>
<context>
    <name>ita::AssessmentDocument</name>
    <message>
        <location filename="../../src/core/document/AssessmentDocument.cpp" line="+84"/>
        <source>a score is between 0 and 100</source>
        <translation>คะแนนต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set %1 to %2</source>
        <translation>กำหนด %1 เป็น %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grades are %1</source>
        <translation>ระดับที่ใช้ได้คือ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set grade of %1 to %2</source>
        <translation>กำหนดระดับของ %1 เป็น %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename %1</source>
        <translation>แก้ไขชื่อ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sub-items belong to an item such as I1</source>
        <translation>ข้อย่อยต้องอยู่ใต้ข้อคำถาม เช่น I1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add sub-item %1</source>
        <translation>เพิ่มข้อย่อย %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a sub-item</source>
        <translation>%1 ไม่ใช่ข้อย่อย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove sub-item %1</source>
        <translation>ลบข้อย่อย %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a threshold is between 0 and 100</source>
        <translation>เกณฑ์ต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change thresholds</source>
        <translation>เปลี่ยนเกณฑ์</translation>
    </message>
</context>
<context>
    <name>ita::AssessmentRepository</name>
    <message>
        <location filename="../../src/core/storage/AssessmentRepository.cpp" line="+140"/>
        <source>%1 holds no fiscal year %2 for &quot;%3&quot; (see the list command)</source>
        <translation>%1 ไม่มีปีงบประมาณ %2 ของ &quot;%3&quot; (ดูคำสั่ง list)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+285"/>
        <source>no assessment with id %1</source>
        <translation>ไม่มีการประเมินรหัส %1</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>%1: framework &quot;%2&quot; is neither stored in the file nor built in</source>
        <translation>%1: ไม่มีกรอบการประเมิน &quot;%2&quot; ทั้งในแฟ้มและในโปรแกรม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown framework &quot;%1&quot;</source>
        <translation>ไม่รู้จักกรอบการประเมิน &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&quot;%1&quot; already has fiscal year %2 in %3; nothing was imported (use --replace to overwrite it)</source>
        <translation>&quot;%1&quot; มีปีงบประมาณ %2 ใน %3 อยู่แล้ว จึงไม่ได้นำเข้าข้อมูลใด ๆ (ใช้ --replace เพื่อเขียนทับ)</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+3"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>the agency needs a name</source>
        <translation>ต้องระบุชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 was changed by someone else since it was shown here (another window or computer on the same file); nothing was changed. The view now shows the stored value; make the edit again if it still applies.</source>
        <translation>%1 ถูกแก้ไขโดยผู้อื่นหลังจากที่แสดงไว้ที่นี่ (หน้าต่างหรือเครื่องอื่นที่เปิดแฟ้มเดียวกัน) จึงไม่ได้เปลี่ยนแปลงใด ๆ ขณะนี้แสดงค่าที่บันทึกไว้แล้ว หากยังต้องการแก้ไขโปรดทำอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ita::CsvTable</name>
    <message>
        <location filename="../../src/core/io/CsvTable.cpp" line="+31"/>
        <source>%1: the file is empty; expected a header row: %2</source>
        <translation>%1: แฟ้มว่าง ต้องมีแถวหัวตาราง: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2: column &quot;%3&quot; appears twice in the header</source>
        <translation>%1:%2: คอลัมน์ &quot;%3&quot; ซ้ำในแถวหัวตาราง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: missing required column &quot;%3&quot;</source>
        <translation>%1:%2: ขาดคอลัมน์ที่จำเป็น &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>ita::Database</name>
    <message>
        <location filename="../../src/core/storage/SqliteBackend.cpp" line="+134"/>
        <source>%1: no such file</source>
        <translation>%1: ไม่มีแฟ้มนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a file</source>
        <translation>%1: ไม่ใช่แฟ้ม</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: เปิดไม่ได้: %2</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1: not an ITA Planner file (not a SQLite database)</source>
        <translation>%1: ไม่ใช่แฟ้มของ ITA Planner (ไม่ใช่ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
        <location line="+146"/>
        <location line="+8"/>
        <source>%1: not an ITA Planner file (a SQLite database of another program)</source>
        <translation>%1: ไม่ใช่แฟ้มของ ITA Planner (เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น)</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/Database.cpp" line="+32"/>
        <source>%1: written by a newer ITA Planner (schema %2; this program reads up to %3). Open it with the newer version.</source>
        <translation>%1: บันทึกด้วย ITA Planner รุ่นที่ใหม่กว่า (โครงสร้างรุ่น %2 โปรแกรมนี้อ่านได้ถึงรุ่น %3) โปรดเปิดด้วยรุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/ServerLocation.cpp" line="+65"/>
        <source>the port is not a number from 1 to 65535 (a password with &quot;/&quot;, &quot;@&quot; or &quot;:&quot; must be written %-encoded)</source>
        <translation>พอร์ตไม่ใช่ตัวเลขระหว่าง 1 ถึง 65535 (รหัสผ่านที่มี &quot;/&quot; &quot;@&quot; หรือ &quot;:&quot; ต้องเขียนแบบ %-encoded)</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/SqliteBackend.cpp" line="-103"/>
        <source>%1 is read-only (its permissions do not let this user write it): nothing was changed. Open it to view or export, or ask its owner for write access.</source>
        <translation>%1 เป็นแฟ้มอ่านอย่างเดียว (สิทธิ์ของแฟ้มไม่อนุญาตให้ผู้ใช้นี้เขียน) จึงไม่มีการเปลี่ยนแปลงใด ๆ เปิดแฟ้มเพื่อดูหรือส่งออกได้ หรือขอสิทธิ์เขียนจากเจ้าของแฟ้ม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be written: its folder %2 is read-only, and ITA Planner writes the file&apos;s log (%3-wal) beside it. Nothing was changed. Copy the file to a folder you can write.</source>
        <translation>เขียน %1 ไม่ได้ เพราะโฟลเดอร์ %2 เป็นแบบอ่านอย่างเดียว และ ITA Planner ต้องเขียนบันทึกของแฟ้ม (%3-wal) ไว้ข้างแฟ้ม จึงไม่มีการเปลี่ยนแปลงใด ๆ ให้คัดลอกแฟ้มไปไว้ในโฟลเดอร์ที่เขียนได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be created: its folder %2 is read-only.</source>
        <translation>สร้าง %1 ไม่ได้ เพราะโฟลเดอร์ %2 เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read here: its latest changes are still in %2-wal, and reading them needs write access to the folder %3. Ask whoever has the file open to close ITA Planner, or to send a copy made with File › Save a Copy.</source>
        <translation>อ่าน %1 จากที่นี่ไม่ได้ เพราะการเปลี่ยนแปลงล่าสุดยังอยู่ใน %2-wal และการอ่านส่วนนั้นต้องมีสิทธิ์เขียนโฟลเดอร์ %3 ขอให้ผู้ที่เปิดแฟ้มอยู่ปิด ITA Planner หรือส่งสำเนาที่ทำด้วย แฟ้ม › บันทึกสำเนาเป็น… มาให้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its folder is read-only; shown as the file stood when it was opened</source>
        <translation>โฟลเดอร์ของแฟ้มเป็นแบบอ่านอย่างเดียว สิ่งที่แสดงคือข้อมูลในแฟ้ม ณ ตอนที่เปิด</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is empty (0 bytes): not an ITA Planner file yet. Import results into it, or open the file you meant.</source>
        <translation>%1 ว่างเปล่า (0 ไบต์) ยังไม่เป็นแฟ้มของ ITA Planner นำเข้าผลการประเมินลงในแฟ้มนี้ หรือเปิดแฟ้มที่ต้องการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no ITA Planner data. A copy taken while the file was open in ITA Planner may lack it (the data was still in the &quot;-wal&quot; file beside the original): copy the original again with File › Save a Copy or ita-planner-cli copy, or after closing the program.</source>
        <translation>%1 ไม่มีข้อมูลของ ITA Planner สำเนาที่ทำขณะแฟ้มเปิดอยู่ใน ITA Planner อาจไม่มีข้อมูล (ข้อมูลยังอยู่ในแฟ้ม &quot;-wal&quot; ข้างแฟ้มต้นฉบับ) โปรดทำสำเนาจากต้นฉบับอีกครั้งด้วย แฟ้ม › บันทึกสำเนา หรือ ita-planner-cli copy หรือหลังจากปิดโปรแกรมแล้ว</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the file could not be made ready for its backup before the upgrade, nothing was changed: %2</source>
        <translation>%1: เตรียมแฟ้มให้พร้อมสำรองก่อนปรับรุ่นไม่ได้ ยังไม่มีการเปลี่ยนแปลงใด: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot take a copy before upgrading it (%2)</source>
        <translation>%1: ทำสำเนาก่อนปรับรุ่นแฟ้มไม่ได้ (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: upgrading the file failed, nothing was changed: %2</source>
        <translation>%1: ปรับรุ่นแฟ้มไม่สำเร็จ ไม่มีการเปลี่ยนแปลงใด ๆ: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/PostgresBackend.cpp" line="+93"/>
        <source>%1: the Windows version of ITA Planner opens .itadb files only; a team server is reached from Linux</source>
        <translation>%1: ITA Planner รุ่นสำหรับ Windows เปิดได้เฉพาะแฟ้ม .itadb; เซิร์ฟเวอร์ของทีมใช้งานจาก ITA Planner บน Linux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: this installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>%1: โปรแกรมที่ติดตั้งอยู่นี้เชื่อมต่อเซิร์ฟเวอร์ PostgreSQL ไม่ได้ เพราะไม่มีไดรเวอร์ PostgreSQL ของ Qt (แพ็กเกจ Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: this database is not set up for ITA Planner. An administrator sets it up once with: ita-planner-cli server init --db %1</source>
        <translation>%1: ฐานข้อมูลนี้ยังไม่ได้จัดเตรียมสำหรับ ITA Planner ผู้ดูแลระบบจัดเตรียมครั้งเดียวด้วยคำสั่ง: ita-planner-cli server init --db %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: setting up the database failed, nothing was changed: %2</source>
        <translation>%1: จัดเตรียมฐานข้อมูลไม่สำเร็จ ไม่มีสิ่งใดเปลี่ยนแปลง: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an ITA Planner database (the schema ita_planner belongs to another program)</source>
        <translation>%1: ไม่ใช่ฐานข้อมูลของ ITA Planner (schema ita_planner เป็นของโปรแกรมอื่น)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the login %1 may only read this database (it is not a member of %2)</source>
        <translation>ผู้ใช้ %1 อ่านฐานข้อมูลนี้ได้อย่างเดียว (ไม่ได้เป็นสมาชิกของ %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the database has schema %2 and this program needs %3; an administrator (%4) opens it once to upgrade it</source>
        <translation>%1: ฐานข้อมูลมี schema %2 แต่โปรแกรมนี้ต้องการ %3 ผู้ดูแลระบบ (%4) ต้องเปิดฐานข้อมูลหนึ่งครั้งเพื่อปรับรุ่น</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: upgrading the database failed, nothing was changed: %2</source>
        <translation>%1: ปรับรุ่นฐานข้อมูลไม่สำเร็จ ไม่มีสิ่งใดเปลี่ยนแปลง: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/Database.cpp" line="+150"/>
        <source>the connection to the server is lost; read-only until it returns</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย อ่านได้อย่างเดียวจนกว่าจะเชื่อมต่อได้อีก</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is open read-only</source>
        <translation>%1 เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open read-only: %2</source>
        <translation>%1 เปิดแบบอ่านอย่างเดียว: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/PostgresBackend.cpp" line="+188"/>
        <source>no connection to the server</source>
        <translation>ไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>%1: the connection to the server was lost; nothing was changed. Try again when it is back (%2)</source>
        <translation>%1: การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย ไม่มีสิ่งใดเปลี่ยนแปลง ลองอีกครั้งเมื่อเชื่อมต่อได้แล้ว (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../src/core/storage/SqliteBackend.cpp" line="+52"/>
        <source>%1 is busy: another window or computer is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>%1 กำลังถูกใช้งาน: หน้าต่างหรือเครื่องอื่นกำลังบันทึกลงแฟ้มนี้ จึงไม่ได้เปลี่ยนแปลงใด ๆ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: your login may not change this database (%2)</source>
        <translation>%1: ผู้ใช้ของท่านไม่มีสิทธิ์แก้ไขฐานข้อมูลนี้ (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/SqliteBackend.cpp" line="+54"/>
        <source>%1: a write failed and the whole change was undone; nothing was stored</source>
        <translation>%1: บันทึกไม่สำเร็จ และการเปลี่ยนแปลงทั้งหมดถูกยกเลิก ไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (is the disk full? Free some space and try again)</source>
        <translation> (ดิสก์เต็มหรือไม่ โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง)</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/Database.cpp" line="+15"/>
        <source>%1: the schema version cannot be read</source>
        <translation>%1: อ่านรุ่นของ schema ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/PostgresBackend.cpp" line="+22"/>
        <source>%1: the connection to the server was lost while saving; the change was not stored. Try again when it is back (%2)</source>
        <translation>%1: การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหายระหว่างบันทึก การแก้ไขไม่ได้ถูกบันทึก ลองอีกครั้งเมื่อเชื่อมต่อได้แล้ว (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/SqliteBackend.cpp" line="-26"/>
        <source>the transaction had already ended</source>
        <translation>ธุรกรรมสิ้นสุดไปก่อนแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/PostgresBackend.cpp" line="+22"/>
        <source>the database has schema %1 and this program needs %2; an administrator (%3) opens it once to upgrade it</source>
        <translation>ฐานข้อมูลมี schema %1 แต่โปรแกรมนี้ต้องการ %2 ผู้ดูแลระบบ (%3) ต้องเปิดฐานข้อมูลหนึ่งครั้งเพื่อปรับรุ่น</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/Database.cpp" line="+24"/>
        <location filename="../../src/core/storage/PostgresBackend.cpp" line="-186"/>
        <source>step to schema %1: %2</source>
        <translation>ขั้นปรับเป็นโครงสร้างรุ่น %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/ServerLocation.cpp" line="-27"/>
        <source>not a server address; write it like postgresql://user@host:5432/database?sslmode=require</source>
        <translation>ไม่ใช่ที่อยู่เซิร์ฟเวอร์ ให้เขียนแบบ postgresql://user@host:5432/database?sslmode=require</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a connection parameter</source>
        <translation>&quot;%1&quot; ไม่ใช่พารามิเตอร์การเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/PostgresBackend.cpp" line="-217"/>
        <source>the server refused the user name or password</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server and this program could not agree on the TLS mode (sslmode)</source>
        <translation>เซิร์ฟเวอร์กับโปรแกรมนี้ตกลงโหมด TLS (sslmode) กันไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server has no database of that name</source>
        <translation>เซิร์ฟเวอร์ไม่มีฐานข้อมูลชื่อนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has no user of that name</source>
        <translation>เซิร์ฟเวอร์ไม่มีผู้ใช้ชื่อนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server cannot be reached (is it running, and are the host and port right?)</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้ (เซิร์ฟเวอร์ทำงานอยู่หรือไม่ และโฮสต์กับพอร์ตถูกต้องหรือไม่)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the server does not accept connections from this computer or user (pg_hba.conf)</source>
        <translation>เซิร์ฟเวอร์ไม่รับการเชื่อมต่อจากเครื่องหรือผู้ใช้นี้ (pg_hba.conf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server refused the connection</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/SqliteBackend.cpp" line="-285"/>
        <source>it is shorter than SQLite&apos;s header says: %1 of %2 bytes, cut short by an interrupted copy, download or disk</source>
        <translation>แฟ้มสั้นกว่าที่ส่วนหัวของ SQLite ระบุ: %1 จาก %2 ไบต์ แฟ้มถูกตัดขาดจากการคัดลอก การดาวน์โหลด หรือดิสก์ที่ขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/Database.cpp" line="-180"/>
        <source>%1: the file is damaged (%2). Open a copy: the .bak files beside it, or a saved copy.</source>
        <translation>%1: แฟ้มเสียหาย (%2) โปรดเปิดสำเนาแทน: แฟ้ม .bak ที่อยู่ข้างกัน หรือสำเนาที่บันทึกไว้</translation>
    </message>
</context>
<context>
    <name>ita::Diagnostic</name>
    <message>
        <location filename="../../src/core/domain/Diagnostic.cpp" line="+9"/>
        <source>warning: </source>
        <translation>คำเตือน: </translation>
    </message>
</context>
<context>
    <name>ita::FrameworkCsv</name>
    <message>
        <location filename="../../src/core/io/FrameworkCsv.cpp" line="+65"/>
        <source>%1: date rule &quot;%2&quot; of %3 is not &quot;assessed_year&quot; or &quot;previous_year&quot;</source>
        <translation>%1: ปีของข้อมูล &quot;%2&quot; ของ %3 ไม่ใช่ &quot;assessed_year&quot; หรือ &quot;previous_year&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 has %3 English elements for %4 Thai ones</source>
        <translation>%1: %2 มีองค์ประกอบภาษาอังกฤษ %3 รายการ แต่ภาษาไทย %4 รายการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: element %2 of %3 is empty</source>
        <translation>%1: องค์ประกอบที่ %2 ของ %3 ว่าง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the OIT window is given on a tool&apos;s row, not on %2</source>
        <translation>%1: ช่วงเปิดระบบ OIT ระบุในแถวของเครื่องมือ ไม่ใช่ที่ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: OIT window &quot;%2&quot; is not two fiscal months from 1 (October) to 12, the first first (&quot;6-7&quot;)</source>
        <translation>%1: ช่วงเปิดระบบ OIT &quot;%2&quot; ไม่ใช่เดือนของปีงบประมาณสองเดือนตั้งแต่ 1 (ตุลาคม) ถึง 12 โดยเดือนแรกมาก่อน (&quot;6-7&quot;)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: a row without a code</source>
        <translation>%1: แถวที่ไม่มีรหัส</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ITA is the overall, which every framework has; it takes no row</source>
        <translation>%1: ITA คือคะแนนภาพรวมซึ่งทุกกรอบการประเมินมีอยู่แล้ว ไม่ต้องมีแถวของตัวเอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 has no parent (a tool&apos;s parent is ITA)</source>
        <translation>%1: %2 ไม่ได้ระบุสังกัด (เครื่องมือสังกัด ITA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: code &quot;%2&quot; appears twice</source>
        <translation>%1: รหัส &quot;%2&quot; ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 is placed under item %3; items have no parts in a framework (sub-items come with the scores)</source>
        <translation>%1: %2 ถูกวางไว้ใต้ข้อคำถาม %3 แต่ข้อคำถามในกรอบการประเมินไม่มีส่วนย่อย (ข้อย่อยมากับคะแนน)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: weight &quot;%2&quot; of %3 is not a number above 0 and at most 1</source>
        <translation>%1: น้ำหนัก &quot;%2&quot; ของ %3 ต้องเป็นตัวเลขที่มากกว่า 0 และไม่เกิน 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weight &quot;%2&quot; of %3 is not a number above 0</source>
        <translation>%1: น้ำหนัก &quot;%2&quot; ของ %3 ต้องเป็นตัวเลขที่มากกว่า 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: role &quot;%2&quot; of %3 is not &quot;analysis&quot; or &quot;implementation&quot;</source>
        <translation>%1: บทบาท &quot;%2&quot; ของ %3 ไม่ใช่ &quot;analysis&quot; หรือ &quot;implementation&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the parent &quot;%2&quot; of %3 is not in the framework</source>
        <translation>%1: ไม่มีสังกัด &quot;%2&quot; ของ %3 ในกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 is its own ancestor: %3 (each row&apos;s parent is the row above it in the tree, ending at a tool under ITA)</source>
        <translation>%1: %2 เป็นบรรพบุรุษของตัวเอง: %3 (รหัสแม่ของแต่ละแถวต้องเป็นแถวที่อยู่เหนือขึ้นไปในโครงสร้าง และสิ้นสุดที่เครื่องมือภายใต้ ITA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 sits under %3, whose parents go round in a circle</source>
        <translation>%1: %2 อยู่ใต้ %3 ซึ่งรหัสแม่วนเป็นวงกลับมาที่เดิม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 sits under &quot;%3&quot;, which is not in the framework</source>
        <translation>%1: %2 อยู่ใต้ &quot;%3&quot; ซึ่งไม่มีในกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>row %1: expected code, title and parent separated by tabs</source>
        <translation>แถวที่ %1: ต้องมีรหัส ชื่อ และสังกัด คั่นด้วยแท็บ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing to paste: copy rows of code, title and parent from a spreadsheet</source>
        <translation>ไม่มีข้อมูลให้วาง: คัดลอกแถวรหัส ชื่อ และสังกัดจากตารางคำนวณ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the file has a header but no rows</source>
        <translation>%1: แฟ้มมีแถวหัวตารางแต่ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: the level has no name</source>
        <translation>%1: ระดับนี้ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: min &quot;%2&quot; is not a score from 0 to 100</source>
        <translation>%1: คะแนนขั้นต่ำ &quot;%2&quot; ไม่ใช่คะแนนระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: all_tools_min &quot;%2&quot; is not a score from 0 to 100</source>
        <translation>%1: เกณฑ์ทุกเครื่องมือ &quot;%2&quot; ไม่ใช่คะแนนระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: pass &quot;%2&quot; is not yes or no</source>
        <translation>%1: ค่าผ่าน &quot;%2&quot; ไม่ใช่ yes หรือ no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file has a header but no levels</source>
        <translation>%1: แฟ้มมีแถวหัวตารางแต่ไม่มีระดับ</translation>
    </message>
</context>
<context>
    <name>ita::FrameworkReader</name>
    <message>
        <location filename="../../src/core/io/FrameworkReader.cpp" line="+33"/>
        <source>missing &quot;%1&quot;</source>
        <translation>ขาด &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object with a Thai text &quot;th&quot; (and &quot;en&quot;)</source>
        <translation>ต้องเป็นออบเจกต์ที่มีข้อความภาษาไทย &quot;th&quot; (และ &quot;en&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+148"/>
        <source>expected an object</source>
        <translation>ต้องเป็นออบเจกต์</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>missing &quot;code&quot;</source>
        <translation>ขาด &quot;code&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a score from 0 to 100</source>
        <translation>ต้องเป็นคะแนนระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a weight above 0</source>
        <translation>น้ำหนักต้องมากกว่า 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>needs a non-empty &quot;items&quot; list</source>
        <translation>ต้องมีรายการ &quot;items&quot; ที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a role is &quot;analysis&quot; or &quot;implementation&quot;</source>
        <translation>บทบาทคือ &quot;analysis&quot; หรือ &quot;implementation&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a date rule is &quot;assessed_year&quot; or &quot;previous_year&quot;</source>
        <translation>ปีของข้อมูลต้องเป็น &quot;assessed_year&quot; หรือ &quot;previous_year&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a list</source>
        <translation>ต้องเป็นรายการ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a text or {&quot;th&quot;: …, &quot;en&quot;: …}</source>
        <translation>ต้องเป็นข้อความ หรือ {&quot;th&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an element needs its Thai text</source>
        <translation>องค์ประกอบต้องมีข้อความภาษาไทย</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs a non-empty list of grade bands</source>
        <translation>ต้องมีรายการช่วงระดับที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected {&quot;grade&quot;: …, &quot;min&quot;: …}</source>
        <translation>ต้องอยู่ในรูป {&quot;grade&quot;: …, &quot;min&quot;: …}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a rating scheme object</source>
        <translation>ต้องเป็นออบเจกต์เกณฑ์ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is &quot;grade&quot; or &quot;result&quot;</source>
        <translation>ต้องเป็น &quot;grade&quot; หรือ &quot;result&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a non-empty list of levels</source>
        <translation>ต้องมีรายการระดับที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected true or false</source>
        <translation>ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a JSON object</source>
        <translation>ต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an ITA framework file (expected &quot;format&quot;: &quot;ita-framework&quot;)</source>
        <translation>ไม่ใช่แฟ้มกรอบการประเมิน ITA (ต้องมี &quot;format&quot;: &quot;ita-framework&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported version (this program reads versions 1 and 2)</source>
        <translation>ไม่รองรับรุ่นนี้ (โปรแกรมนี้อ่านรุ่น 1 และ 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing framework id</source>
        <translation>ขาดรหัสกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of Buddhist Era years</source>
        <translation>ต้องเป็นรายการปีพุทธศักราช</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>years are Buddhist Era integers such as 2564</source>
        <translation>ปีต้องเป็นปีพุทธศักราช เช่น 2564</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected {&quot;from&quot;: M, &quot;to&quot;: M}, fiscal months 1–12 (1 = October; the NACC&apos;s window has been 6–7, March and April)</source>
        <translation>ต้องเป็น {&quot;from&quot;: M, &quot;to&quot;: M} เดือนของปีงบประมาณ 1–12 (1 = ตุลาคม ช่วงประเมิน OIT ของ ป.ป.ช. ที่ผ่านมาคือ 6–7 คือมีนาคมและเมษายน)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the window ends before it begins</source>
        <translation>ช่วงเวลาสิ้นสุดก่อนเริ่มต้น</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs a non-empty list of tools</source>
        <translation>ต้องมีรายการเครื่องมือที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a weight between 0 and 1, such as 0.30</source>
        <translation>น้ำหนักต้องอยู่ระหว่าง 0 ถึง 1 เช่น 0.30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs a non-empty &quot;indicators&quot; list</source>
        <translation>ต้องมีรายการ &quot;indicators&quot; ที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;subindicators&quot; must be a list</source>
        <translation>&quot;subindicators&quot; ต้องเป็นรายการ</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown framework &quot;%1&quot;; available: %2</source>
        <translation>ไม่รู้จักกรอบการประเมิน &quot;%1&quot; ที่มีอยู่: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no framework for fiscal year %1; available: %2 (build it with &apos;framework new&apos; or &apos;framework import&apos;, or in the program with File → New Framework…)</source>
        <translation>ไม่มีกรอบการประเมินสำหรับปีงบประมาณ %1 ที่มีอยู่: %2 (สร้างด้วยคำสั่ง &apos;framework new&apos; หรือ &apos;framework import&apos; หรือในโปรแกรมที่เมนู แฟ้ม → สร้างกรอบการประเมินใหม่…)</translation>
    </message>
</context>
<context>
    <name>ita::FrameworkRepository</name>
    <message>
        <location filename="../../src/core/storage/FrameworkRepository.cpp" line="+116"/>
        <source>framework %1</source>
        <translation>กรอบการประเมิน %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: framework &quot;%2&quot; is neither stored in the file nor built in</source>
        <translation>%1: ไม่มีกรอบการประเมิน &quot;%2&quot; ทั้งในแฟ้มและในโปรแกรม</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>level %1 (%2)</source>
        <translation>ระดับ %1 (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>framework %1 was not stored: %2</source>
        <translation>ไม่ได้บันทึกกรอบการประเมิน %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>framework %1 was not stored: stored scores would lose their place. Remove them first, or keep these codes and levels: %2</source>
        <translation>ไม่ได้บันทึกกรอบการประเมิน %1: คะแนนที่บันทึกไว้จะไม่มีข้อคำถามหรือระดับรองรับ โปรดลบคะแนนเหล่านั้นก่อน หรือคงรหัสและระดับเหล่านี้ไว้: %2</translation>
    </message>
</context>
<context>
    <name>ita::ItemCodes</name>
    <message>
        <location filename="../../src/core/domain/ItemCodes.cpp" line="+40"/>
        <source>sub-item numbers start at 1 (&quot;%1&quot;)</source>
        <translation>เลขข้อย่อยเริ่มที่ 1 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sub-item &quot;%1&quot; belongs to &quot;%2&quot;, which framework %3 does not have</source>
        <translation>ข้อย่อย &quot;%1&quot; อยู่ใต้ &quot;%2&quot; ซึ่งไม่มีในกรอบการประเมิน %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown code &quot;%1&quot; (framework %2 has ITA, its tools, indicators, sub-indicators and items, and sub-items such as I1.2)</source>
        <translation>ไม่รู้จักรหัส &quot;%1&quot; (กรอบการประเมิน %2 มี ITA เครื่องมือ ตัวชี้วัด ตัวชี้วัดย่อย ข้อคำถาม และข้อย่อย เช่น I1.2)</translation>
    </message>
</context>
<context>
    <name>ita::JsonFields</name>
    <message>
        <location filename="../../src/core/io/JsonFields.cpp" line="+26"/>
        <source>a value has the wrong type: %1</source>
        <translation>ค่าหนึ่งเป็นชนิดข้อมูลที่ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>longer than %1 characters</source>
        <translation>ยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>must be a list of texts</source>
        <translation>ต้องเป็นรายการข้อความ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a date written 2022-03-31 (Christian Era, as ISO 8601 writes it)</source>
        <translation>&quot;%1&quot; ต้องเป็นวันที่เขียนแบบ 2022-03-31 (คริสต์ศักราช ตามรูปแบบ ISO 8601)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be {&quot;th&quot;: …, &quot;en&quot;: …}</source>
        <translation>&quot;%1&quot; ต้องเขียนเป็น {&quot;th&quot;: …, &quot;en&quot;: …}</translation>
    </message>
</context>
<context>
    <name>ita::LibraryCsv</name>
    <message>
        <location filename="../../src/core/io/LibraryCsv.cpp" line="+127"/>
        <source>a step is a sentence or two of the plan&apos;s table</source>
        <translation>ขั้นตอนหนึ่งคือข้อความหนึ่งหรือสองประโยคในตารางของแผน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>column &quot;%1&quot; differs from the entry&apos;s first row (line %2): a row that continues an entry leaves the entry&apos;s columns blank</source>
        <translation>คอลัมน์ &quot;%1&quot; ไม่ตรงกับแถวแรกของมาตรการ (บรรทัด %2): แถวที่ต่อจากมาตรการเดิมให้เว้นคอลัมน์ของมาตรการว่างไว้</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the entry on line %1</source>
        <translation>มาตรการในบรรทัด %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has a header but no entries</source>
        <translation>แฟ้มมีแถวหัวตารางแต่ไม่มีมาตรการ</translation>
    </message>
</context>
<context>
    <name>ita::LibraryJson</name>
    <message>
        <location filename="../../src/core/io/LibraryJson.cpp" line="+207"/>
        <source>a step is a sentence or two of the plan&apos;s table</source>
        <translation>ขั้นตอนหนึ่งคือข้อความหนึ่งหรือสองประโยคในตารางของแผน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not an ITA Planner measures library version 1 (expected &quot;format&quot;: &quot;ita-planner-library&quot;, &quot;version&quot;: 1)</source>
        <translation>ไม่ใช่คลังมาตรการของ ITA Planner รุ่น 1 (ต้องมี &quot;format&quot;: &quot;ita-planner-library&quot;, &quot;version&quot;: 1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the library needs a list &quot;entries&quot;</source>
        <translation>คลังมาตรการต้องมีรายการ &quot;entries&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>each entry is an object</source>
        <translation>มาตรการแต่ละรายการต้องเป็นออบเจ็กต์</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>an entry needs an &quot;id&quot;</source>
        <translation>มาตรการต้องมี &quot;id&quot;</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 is not a placeholder the library knows (write {year}, {year-1}, {year+1} or {agency})</source>
        <translation>%1 ไม่ใช่ตัวแทนที่คลังมาตรการรู้จัก (ใช้ {year}, {year-1}, {year+1} หรือ {agency})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the id is given twice (first on line %1)</source>
        <translation>id ซ้ำ (ครั้งแรกที่บรรทัด %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry needs a Thai &quot;title&quot;</source>
        <translation>มาตรการต้องมีชื่อภาษาไทย (&quot;title&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>theme &quot;%1&quot; is not an indicator theme 1–10</source>
        <translation>&quot;%1&quot; ไม่ใช่ตัวชี้วัดที่ 1–10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item role &quot;%1&quot; is not one of analysis, implementation</source>
        <translation>บทบาทของข้อ &quot;%1&quot; ไม่ใช่ analysis หรือ implementation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>codes need the &quot;framework&quot; they belong to</source>
        <translation>รหัสข้อต้องระบุ &quot;framework&quot; ที่รหัสนั้นสังกัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes of framework &quot;%1&quot;, which this program does not know</source>
        <translation>รหัสของกรอบการประเมิน &quot;%1&quot; ซึ่งโปรแกรมนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an entry needs something it answers: themes, subindicators, roles, keywords or codes</source>
        <translation>มาตรการต้องระบุสิ่งที่ตอบ: themes, subindicators, roles, keywords หรือ codes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bucket &quot;%1&quot; is not urgent, improve or maintain</source>
        <translation>กลุ่ม &quot;%1&quot; ไม่ใช่ urgent, improve หรือ maintain</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each step is an object</source>
        <translation>ขั้นตอนแต่ละรายการต้องเป็นออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a step needs a &quot;text&quot;</source>
        <translation>ขั้นตอนต้องมี &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timing &quot;%1&quot; is not within the fiscal year (write Q1–Q4, Q1-Q2, M1–M12, M3-M5, before_oit_window, after_approval or whole_year)</source>
        <translation>ช่วงเวลา &quot;%1&quot; ไม่อยู่ในปีงบประมาณ (เขียน Q1–Q4, Q1-Q2, M1–M12, M3-M5, before_oit_window, after_approval หรือ whole_year)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unit role &quot;%1&quot; is not one of the library&apos;s roles (%2)</source>
        <translation>บทบาทหน่วยงาน &quot;%1&quot; ไม่อยู่ในบทบาทของคลังมาตรการ (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a step needs the &quot;roles&quot; responsible for it</source>
        <translation>ขั้นตอนต้องระบุบทบาทผู้รับผิดชอบ (&quot;roles&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry needs at least one step</source>
        <translation>มาตรการต้องมีอย่างน้อยหนึ่งขั้นตอน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cadence &quot;%1&quot; is not quarterly, semiannual or yearly</source>
        <translation>ความถี่การรายงาน &quot;%1&quot; ไม่ใช่ quarterly, semiannual หรือ yearly</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source &quot;%1&quot; is not sample_plan, nacc, agency_plan, shared, group or example</source>
        <translation>ที่มา &quot;%1&quot; ไม่ใช่ sample_plan, nacc, agency_plan, shared, group หรือ example</translation>
    </message>
</context>
<context>
    <name>ita::LibraryRepository</name>
    <message>
        <location filename="../../src/core/storage/LibraryRepository.cpp" line="+39"/>
        <source>%1: library entry &quot;%2&quot; cannot be read: %3</source>
        <translation>%1: อ่านมาตรการ &quot;%2&quot; ในคลังไม่ได้: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file&apos;s library has no entry &quot;%1&quot;</source>
        <translation>คลังมาตรการของแฟ้มไม่มีมาตรการ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is too old to hold a measures library (schema %2): open it once to upgrade it</source>
        <translation>%1 เป็นแฟ้มรุ่นเก่าที่เก็บคลังมาตรการไม่ได้ (โครงสร้างรุ่น %2) โปรดเปิดแฟ้มหนึ่งครั้งเพื่อปรับรุ่น</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>library entry &quot;%1&quot;: %2</source>
        <translation>มาตรการ &quot;%1&quot; ในคลัง: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file&apos;s library already has an entry &quot;%1&quot;; nothing was stored (import with --replace to replace it)</source>
        <translation>คลังมาตรการของแฟ้มมีมาตรการ &quot;%1&quot; อยู่แล้ว จึงไม่ได้บันทึกใด ๆ (นำเข้าด้วย --replace เพื่อแทนที่)</translation>
    </message>
</context>
<context>
    <name>ita::Migrations</name>
    <message>
        <location filename="../../src/core/storage/Migrations.cpp" line="+74"/>
        <source>the file uses framework &quot;%1&quot;, which this program does not have</source>
        <translation>แฟ้มใช้กรอบการประเมิน &quot;%1&quot; ซึ่งโปรแกรมนี้ไม่มี</translation>
    </message>
</context>
<context>
    <name>ita::NetworkShare</name>
    <message>
        <location filename="../../src/core/storage/NetworkShare.cpp" line="+60"/>
        <source>a UNC path</source>
        <translation>ที่อยู่ UNC ของเครือข่าย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a network drive</source>
        <translation>ไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is on %2. A file on a network share can be damaged when two people open it at once (SQLite&apos;s write-ahead log needs a local disk): keep it on this computer&apos;s disk; to work on one plan together, use the team server from ITA Planner on Linux.</source>
        <translation>%1 อยู่บน %2 แฟ้มบนที่เก็บร่วมของเครือข่ายอาจเสียหายได้เมื่อมีผู้เปิดพร้อมกันสองคน (บันทึกการเขียนล่วงหน้าของ SQLite ต้องอยู่บนดิสก์ของเครื่อง): เก็บแฟ้มไว้บนดิสก์ของเครื่องนี้ หากต้องการทำแผนเดียวกันร่วมกัน ให้ใช้เซิร์ฟเวอร์ของทีมจาก ITA Planner บน Linux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on %2. A file on a network share can be damaged when two people open it at once (SQLite&apos;s write-ahead log needs a local disk): keep it on this computer&apos;s disk, or share the work through the team server (File → Connect to Server…).</source>
        <translation>%1 อยู่บน %2 แฟ้มบนที่เก็บร่วมของเครือข่ายอาจเสียหายได้เมื่อมีผู้เปิดพร้อมกันสองคน (บันทึกการเขียนล่วงหน้าของ SQLite ต้องอยู่บนดิสก์ของเครื่อง): เก็บแฟ้มไว้บนดิสก์ของเครื่องนี้ หรือทำงานร่วมกันผ่านเซิร์ฟเวอร์ของทีม (แฟ้ม → เชื่อมต่อเซิร์ฟเวอร์…)</translation>
    </message>
</context>
<context>
    <name>ita::OitStore</name>
    <message>
        <location filename="../../src/core/storage/OitStore.cpp" line="+52"/>
        <source>no framework serves fiscal year %1; known: %2</source>
        <translation>ไม่มีกรอบการประเมินของปีงบประมาณ %1 ที่มีอยู่: %2</translation>
    </message>
</context>
<context>
    <name>ita::PlanDocument</name>
    <message>
        <location filename="../../src/core/document/PlanDocument.cpp" line="+219"/>
        <location line="+102"/>
        <source>no such step</source>
        <translation>ไม่มีขั้นตอนนี้</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>a span runs from a month to the same or a later month</source>
        <translation>ช่วงเวลาต้องเริ่มและสิ้นสุดในเดือนเดียวกันหรือเดือนถัดไป</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move step %1.%2</source>
        <translation>เลื่อนขั้นตอน %1.%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize step %1.%2</source>
        <translation>ปรับช่วงเวลาขั้นตอน %1.%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+118"/>
        <source>the plan&apos;s results (fiscal year %1) are not in the file</source>
        <translation>ไม่มีผลการประเมินปีงบประมาณ %1 ที่แผนนี้อ้างอิงในแฟ้ม</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Edit the OIT checklist of %1</source>
        <translation>แก้ไขรายการตรวจ OIT ข้อ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the agency&apos;s website</source>
        <translation>กำหนดเว็บไซต์ของหน่วยงาน</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Draft %n measure(s)</source>
        <translation>
            <numerusform>ร่างมาตรการ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>New measure</source>
        <translation>มาตรการใหม่</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+151"/>
        <location line="+19"/>
        <source>there is no measure %1</source>
        <translation>ไม่มีมาตรการที่ %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>measure %1 has no step %2</source>
        <translation>มาตรการที่ %1 ไม่มีขั้นตอนที่ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename measure %1</source>
        <translation>แก้ไขชื่อมาตรการ %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set the items of measure %1</source>
        <translation>กำหนดประเด็นของมาตรการ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the monitoring of measure %1</source>
        <translation>แก้ไขแนวทางการกำกับติดตามของมาตรการ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the cadence first (%1, %2 or %3), then a colon and to whom</source>
        <translation>เขียนความถี่ก่อน (%1, %2 หรือ %3) ตามด้วยเครื่องหมาย : และผู้รับรายงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the reporting of measure %1</source>
        <translation>แก้ไขการรายงานผลของมาตรการ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit step %1</source>
        <translation>แก้ไขขั้นตอน %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set units of step %1</source>
        <translation>กำหนดหน่วยงานของขั้นตอน %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status is one of not_started, in_progress, done, cancelled</source>
        <translation>สถานะต้องเป็น not_started, in_progress, done หรือ cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set status of step %1</source>
        <translation>กำหนดสถานะของขั้นตอน %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>percent complete is a whole number from 0 to 100</source>
        <translation>ร้อยละความสำเร็จต้องเป็นจำนวนเต็ม 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set progress of step %1</source>
        <translation>กำหนดความคืบหน้าของขั้นตอน %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write a date as 31/3/2565 (Buddhist Era) or 2022-03-31</source>
        <translation>เขียนวันที่เช่น 31/3/2565 (พ.ศ.) หรือ 2022-03-31</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the dates of step %1</source>
        <translation>กำหนดวันที่ของขั้นตอน %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the evidence of step %1</source>
        <translation>กำหนดหลักฐานของขั้นตอน %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Accept every drafted cell</source>
        <translation>ยอมรับช่องที่เป็นร่างทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the drafted cells of measure %1</source>
        <translation>ยอมรับช่องที่เป็นร่างของมาตรการที่ %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the units their roles</source>
        <translation>กำหนดบทบาทให้หน่วยงาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add measure %1</source>
        <translation>เพิ่มมาตรการ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>choose a measure first</source>
        <translation>เลือกมาตรการก่อน</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add step %1.%2</source>
        <translation>เพิ่มขั้นตอน %1.%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove measure %1</source>
        <translation>ลบมาตรการ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove step %1.%2</source>
        <translation>ลบขั้นตอน %1.%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the OIT publication plan</source>
        <translation>แก้ไขแผนการเผยแพร่ข้อมูล OIT</translation>
    </message>
</context>
<context>
    <name>ita::PlanDrafting</name>
    <message>
        <location filename="../../src/core/document/PlanDrafting.cpp" line="+27"/>
        <source>the plan&apos;s results (fiscal year %1) are not in the file: %2</source>
        <translation>ไม่มีผลการประเมินที่แผนนี้ตอบ (ปีงบประมาณ %1) ในแฟ้ม: %2</translation>
    </message>
</context>
<context>
    <name>ita::PlanModel</name>
    <message>
        <location filename="../../src/gui/models/PlanModel.cpp" line="+450"/>
        <source>Items (score, grade)</source>
        <translation>ประเด็น (คะแนน ระดับ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure / steps</source>
        <translation>มาตรการ / ขั้นตอนดำเนินการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q1</source>
        <translation>ไตรมาส 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q2</source>
        <translation>ไตรมาส 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q3</source>
        <translation>ไตรมาส 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q4</source>
        <translation>ไตรมาส 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible units</source>
        <translation>หน่วยงานที่รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done %</source>
        <translation>ร้อยละความสำเร็จ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monitoring</source>
        <translation>แนวทางการกำกับติดตาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting</source>
        <translation>การรายงานผล</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Started</source>
        <translation>เริ่มจริง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>เสร็จจริง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (links)</source>
        <translation>หลักฐาน (ลิงก์)</translation>
    </message>
</context>
<context>
    <name>ita::PlanRepository</name>
    <message>
        <location filename="../../src/core/storage/PlanRepository.cpp" line="+216"/>
        <source>%1 holds no plan for fiscal year %2 of &quot;%3&quot;</source>
        <translation>%1 ไม่มีแผนปีงบประมาณ %2 ของ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 holds no fiscal year %2 for &quot;%3&quot;</source>
        <translation>%1 ไม่มีปีงบประมาณ %2 ของ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>&quot;%1&quot; already has a plan for fiscal year %2; nothing was stored (use --replace to overwrite it)</source>
        <translation>&quot;%1&quot; มีแผนปีงบประมาณ %2 อยู่แล้ว จึงไม่ได้บันทึกใด ๆ (ใช้ --replace เพื่อเขียนทับ)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>OIT item %1, link %2: %3</source>
        <translation>ข้อ OIT %1 ลิงก์ที่ %2: %3</translation>
    </message>
    <message>
        <location line="-681"/>
        <source>measure %1: %2</source>
        <translation>มาตรการที่ %1: %2</translation>
    </message>
    <message>
        <location line="+512"/>
        <location line="+129"/>
        <source>measure %1, step %2: %3</source>
        <translation>มาตรการที่ %1 ขั้นตอนที่ %2: %3</translation>
    </message>
    <message>
        <location line="-620"/>
        <source>measure %1, step %2: unit &quot;%3&quot; is not in the plan&apos;s units</source>
        <translation>มาตรการที่ %1 ขั้นตอนที่ %2: หน่วยงาน &quot;%3&quot; ไม่อยู่ในรายชื่อหน่วยงานของแผน</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>the plan was changed by someone else since it was shown here (another window or computer on the same file); nothing was changed. The view now shows the stored plan; make the edit again if it still applies.</source>
        <translation>แผนถูกแก้ไขโดยผู้อื่นหลังจากที่แสดงไว้ที่นี่ (หน้าต่างหรือเครื่องอื่นที่เปิดแฟ้มเดียวกัน) จึงไม่ได้เปลี่ยนแปลงใด ๆ ขณะนี้แสดงแผนที่บันทึกไว้แล้ว หากยังต้องการแก้ไขโปรดทำอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ita::PortfolioLoader</name>
    <message>
        <location filename="../../src/core/storage/PortfolioLoader.cpp" line="+152"/>
        <location line="+216"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>ita::RepositoryScoresWriter</name>
    <message>
        <location filename="../../src/core/storage/RepositoryScoresWriter.cpp" line="+91"/>
        <source>already in %1 with another province, group or parent: %2; nothing was imported (--merge if they are the same agencies)</source>
        <translation>มีอยู่แล้วใน %1 โดยมีจังหวัด กลุ่ม หรือสังกัดต่างกัน: %2 ไม่ได้นำเข้าสิ่งใด (ใช้ --merge หากเป็นหน่วยงานเดียวกัน)</translation>
    </message>
</context>
<context>
    <name>ita::ScoreRows</name>
    <message>
        <location filename="../../src/core/io/ScoreRows.cpp" line="+34"/>
        <source>the code is empty</source>
        <translation>รหัสว่าง</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>duplicate code &quot;%1&quot; (first given on line %2)</source>
        <translation>รหัส &quot;%1&quot; ซ้ำ (ระบุครั้งแรกที่บรรทัด %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>score &quot;%1&quot; of %2 is not a number (write it like 92.55, with &quot;.&quot; as the decimal mark)</source>
        <translation>คะแนน &quot;%1&quot; ของ %2 ไม่ใช่ตัวเลข (เขียนแบบ 92.55 ใช้ &quot;.&quot; เป็นจุดทศนิยม)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>score %1 of %2 is out of range (0 to 100)</source>
        <translation>คะแนน %1 ของ %2 อยู่นอกช่วง (0 ถึง 100)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score %1 of %2 has more than two decimals; rounded to %3</source>
        <translation>คะแนน %1 ของ %2 มีทศนิยมเกินสองตำแหน่ง ปัดเป็น %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid grade &quot;%1&quot; of %2 (framework %3 grades are %4)</source>
        <translation>ระดับ &quot;%1&quot; ของ %2 ไม่ถูกต้อง (ระดับของกรอบการประเมิน %3 คือ %4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fiscal year &quot;%1&quot; is not a number (write the Buddhist Era year, such as 2564)</source>
        <translation>ปีงบประมาณ &quot;%1&quot; ไม่ใช่ตัวเลข (เขียนเป็นปีพุทธศักราช เช่น 2564)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fiscal year %1 looks like a Christian Era year; write the Buddhist Era year (%2)</source>
        <translation>ปีงบประมาณ %1 ดูเหมือนปีคริสต์ศักราช โปรดเขียนเป็นปีพุทธศักราช (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fiscal year %1 is out of range (Buddhist Era, such as 2564)</source>
        <translation>ปีงบประมาณ %1 อยู่นอกช่วง (ปีพุทธศักราช เช่น 2564)</translation>
    </message>
</context>
<context>
    <name>ita::ScoresFileImport</name>
    <message>
        <location filename="../../src/core/storage/ScoresFileImport.cpp" line="+63"/>
        <source>%1: nothing was imported</source>
        <translation>%1: ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the connection to the server %2 was lost during the import (at line %3); nothing was imported. Import the file again once the server is back.</source>
        <translation>%1: การเชื่อมต่อกับเซิร์ฟเวอร์ %2 ขาดระหว่างการนำเข้า (ที่บรรทัด %3) จึงไม่มีข้อมูลใดถูกนำเข้า โปรดนำเข้าแฟ้มอีกครั้งเมื่อเซิร์ฟเวอร์กลับมาทำงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the connection to the server %2 was lost during the import; nothing was imported. Import the file again once the server is back.</source>
        <translation>%1: การเชื่อมต่อกับเซิร์ฟเวอร์ %2 ขาดระหว่างการนำเข้า จึงไม่มีข้อมูลใดถูกนำเข้า โปรดนำเข้าแฟ้มอีกครั้งเมื่อเซิร์ฟเวอร์กลับมาทำงาน</translation>
    </message>
</context>
<context>
    <name>ita::ScoresIo</name>
    <message>
        <location filename="../../src/core/io/ScoresIo.cpp" line="+87"/>
        <source>%1 &quot;%2&quot; of %3 differs from &quot;%4&quot; on line %5; an agency has one %1</source>
        <translation>%1 &quot;%2&quot; ของ %3 ไม่ตรงกับ &quot;%4&quot; ในบรรทัดที่ %5 หน่วยงานหนึ่งมี %1 ได้ค่าเดียว</translation>
    </message>
    <message>
        <location line="+420"/>
        <source>%1 more messages not shown (the first %2 errors and %2 warnings are)</source>
        <translation>ยังมีข้อความอีก %1 ข้อความที่ไม่ได้แสดง (แสดงเฉพาะข้อผิดพลาด %2 รายการแรกและคำเตือน %2 รายการแรก)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the file is %1 MB; a scores file is read up to %2 MB (split it by year)</source>
        <translation>แฟ้มมีขนาด %1 MB แต่แฟ้มคะแนนอ่านได้ไม่เกิน %2 MB (โปรดแยกแฟ้มตามปี)</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>the file is empty; expected a header row such as code,title,score,grade</source>
        <translation>แฟ้มว่าง ต้องมีแถวหัวตาราง เช่น code,title,score,grade</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>คอลัมน์ &quot;%1&quot; ซ้ำในแถวหัวตาราง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required column &quot;%1&quot; (the header needs code and score; title, grade, agency and year are optional)</source>
        <translation>ขาดคอลัมน์ที่จำเป็น &quot;%1&quot; (หัวตารางต้องมี code และ score ส่วน title, grade, agency และ year จะมีหรือไม่ก็ได้)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the row has %1 fields and the header %2: a number written with a comma (50,5)? Write 50.5, or put the field in quotes</source>
        <translation>แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 ช่อง: เขียนตัวเลขด้วยจุลภาค (50,5) หรือไม่ ให้เขียน 50.5 หรือใส่เครื่องหมายคำพูดครอบช่องนั้น</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no agency for this row: add an agency column or give --agency</source>
        <translation>แถวนี้ไม่มีหน่วยงาน: เพิ่มคอลัมน์ agency หรือระบุ --agency</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no fiscal year for this row: add a year column or give --year</source>
        <translation>แถวนี้ไม่มีปีงบประมาณ: เพิ่มคอลัมน์ year หรือระบุ --year</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the file has a header but no score rows</source>
        <translation>แฟ้มมีแถวหัวตารางแต่ไม่มีแถวคะแนน</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>not an ITA Planner assessment (expected &quot;format&quot;: &quot;ita-planner-assessment&quot;)</source>
        <translation>ไม่ใช่แฟ้มผลการประเมินของ ITA Planner (ต้องมี &quot;format&quot;: &quot;ita-planner-assessment&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported version (this program reads version 1)</source>
        <translation>ไม่รองรับรุ่นนี้ (โปรแกรมนี้อ่านรุ่น 1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no agency: the file has no &quot;agency&quot; and none was given</source>
        <translation>ไม่มีหน่วยงาน: แฟ้มไม่มี &quot;agency&quot; และไม่ได้ระบุไว้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no fiscal year: the file has no &quot;fiscal_year&quot; and none was given</source>
        <translation>ไม่มีปีงบประมาณ: แฟ้มไม่มี &quot;fiscal_year&quot; และไม่ได้ระบุไว้</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>thresholds.%1 must be a score from 0 to 100</source>
        <translation>thresholds.%1 ต้องเป็นคะแนนระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &quot;scores&quot; list</source>
        <translation>ขาดรายการ &quot;scores&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each score must be an object with &quot;code&quot;</source>
        <translation>คะแนนแต่ละรายการต้องเป็นออบเจกต์ที่มี &quot;code&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>wrong type: &quot;code&quot;, &quot;title&quot; and &quot;grade&quot; are strings, &quot;score&quot; a number</source>
        <translation>ชนิดข้อมูลไม่ถูกต้อง: &quot;code&quot; &quot;title&quot; และ &quot;grade&quot; เป็นข้อความ &quot;score&quot; เป็นตัวเลข</translation>
    </message>
</context>
<context>
    <name>ita::ScoresTreeModel</name>
    <message>
        <location filename="../../src/gui/models/ScoresTreeModel.cpp" line="+300"/>
        <source>Grade from the score; &quot;C ≠ B&quot; means the stated grade B does not match</source>
        <translation>ระดับตามคะแนน; &quot;C ≠ B&quot; หมายถึงระดับที่ระบุ B ไม่ตรงกับคะแนน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated score</source>
        <translation>คะแนนที่ระบุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed</source>
        <translation>คะแนนที่คำนวณ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a score for %2: type a number from 0 to 100 with &quot;.&quot; for decimals, such as 85.00 (leave it empty to compute it from its parts)</source>
        <translation>&quot;%1&quot; ไม่ใช่คะแนนของ %2: พิมพ์ตัวเลข 0 ถึง 100 ใช้ &quot;.&quot; เป็นจุดทศนิยม เช่น 85.00 (เว้นว่างไว้เพื่อคำนวณจากองค์ประกอบย่อย)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was not changed: %2</source>
        <translation>ไม่ได้เปลี่ยน %1: %2</translation>
    </message>
</context>
<context>
    <name>ita::SqliteScoresWriter</name>
    <message>
        <location filename="../../src/core/storage/SqliteScoresWriter.cpp" line="+331"/>
        <source>unknown framework &quot;%1&quot;</source>
        <translation>ไม่รู้จักกรอบการประเมิน &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; already has fiscal year %2 in %3; nothing was imported (use --replace to overwrite it)</source>
        <translation>&quot;%1&quot; มีปีงบประมาณ %2 ใน %3 อยู่แล้ว จึงไม่ได้นำเข้าข้อมูลใด ๆ (ใช้ --replace เพื่อเขียนทับ)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the import&apos;s transaction has ended; nothing more is stored</source>
        <translation>ธุรกรรมของการนำเข้าสิ้นสุดแล้ว จึงไม่บันทึกข้อมูลเพิ่ม</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 &quot;%2&quot; stored, &quot;%3&quot; in the file</source>
        <translation>%1 ที่บันทึกไว้คือ &quot;%2&quot; แต่ในแฟ้มคือ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is already in %2 with other details (%3)</source>
        <translation>&quot;%1&quot; มีอยู่แล้วใน %2 แต่ข้อมูลต่างกัน (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>and %1 more agencies</source>
        <translation>และหน่วยงานอื่นอีก %1 หน่วยงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agency of the same name may be another agency (local administrations share names across provinces): rename it in the file, for example with its province, or, if it is the same agency, import again with --merge and the file&apos;s values replace the stored ones. Nothing was imported.</source>
        <translation>หน่วยงานชื่อเดียวกันอาจเป็นคนละหน่วยงาน (องค์กรปกครองส่วนท้องถิ่นต่างจังหวัดอาจใช้ชื่อซ้ำกัน): โปรดเปลี่ยนชื่อในแฟ้ม เช่น เติมชื่อจังหวัด หรือหากเป็นหน่วยงานเดียวกัน ให้นำเข้าอีกครั้งพร้อม --merge แล้วค่าในแฟ้มจะแทนค่าที่บันทึกไว้ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>ita::StateLedger</name>
    <message>
        <location filename="../../src/core/storage/StateLedger.cpp" line="+406"/>
        <source>the ledger&apos;s row of %1 cannot be read</source>
        <translation>อ่านแถวในทะเบียนค่าแฮชของ %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>measures library</source>
        <translation>คลังมาตรการ</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+32"/>
        <source>ledger</source>
        <translation>ทะเบียนค่าแฮช</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the check was stopped before it ended</source>
        <translation>การตรวจสอบถูกหยุดก่อนเสร็จ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: changed outside ITA Planner</source>
        <translation>%1, %2: ถูกแก้ไขนอกโปรแกรม ITA Planner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: added outside ITA Planner</source>
        <translation>%1, %2: ถูกเพิ่มนอกโปรแกรม ITA Planner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: removed outside ITA Planner</source>
        <translation>%1, %2: ถูกลบนอกโปรแกรม ITA Planner</translation>
    </message>
</context>
<context>
    <name>ita::StoreCopy</name>
    <message>
        <location filename="../../src/core/storage/StoreCopy.cpp" line="+131"/>
        <source>%1 has schema %2; open it once with this program (schema %3) to upgrade it, then copy it</source>
        <translation>%1 มี schema %2 ให้เปิดด้วยโปรแกรมนี้ (schema %3) หนึ่งครั้งเพื่อปรับรุ่น แล้วจึงคัดลอก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not copied: %2</source>
        <translation>ไม่ได้คัดลอก %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already holds data (%2 rows in %3); a copy goes only into an empty database or a new file</source>
        <translation>%1 มีข้อมูลอยู่แล้ว (%2 แถวใน %3) คัดลอกได้เฉพาะลงฐานข้อมูลว่างหรือแฟ้มใหม่</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 holds %2 rows after the copy, the source %3 %4</source>
        <translation>หลังคัดลอก %1 มี %2 แถว ต้นฉบับมี %3 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the copied audit trail does not verify as the source&apos;s: %1</source>
        <translation>ประวัติการแก้ไขที่คัดลอกตรวจสอบไม่ตรงกับต้นฉบับ: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, fiscal year %2 classifies differently after the copy</source>
        <translation>%1 ปีงบประมาณ %2 จัดกลุ่มไม่ตรงกับต้นฉบับหลังคัดลอก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: nothing was copied: %2</source>
        <translation>%1: ไม่ได้คัดลอกสิ่งใด: %2</translation>
    </message>
</context>
<context>
    <name>ita::Text</name>
    <message>
        <location filename="../../src/core/domain/Text.cpp" line="+85"/>
        <source>holds a NUL character (U+0000), which no text may hold; remove it</source>
        <translation>มีอักขระ NUL (U+0000) ซึ่งข้อความใดก็มีไม่ได้ โปรดลบออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds the code %1, which is not a character of text (often left by a damaged conversion); remove it</source>
        <translation>มีรหัส %1 ซึ่งไม่ใช่อักขระของข้อความ (มักเกิดจากการแปลงรหัสที่เสียหาย) โปรดลบออก</translation>
    </message>
</context>
<context>
    <name>ita::Workspace</name>
    <message>
        <location filename="../../src/core/document/Workspace.cpp" line="+47"/>
        <source>being checked</source>
        <translation>กำลังตรวจสอบ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the file is damaged</source>
        <translation>แฟ้มเสียหาย</translation>
    </message>
    <message>
        <location line="+183"/>
        <location line="+35"/>
        <location line="+10"/>
        <location line="+35"/>
        <location line="+11"/>
        <location line="+47"/>
        <location line="+20"/>
        <source>no file is open</source>
        <translation>ยังไม่ได้เปิดแฟ้ม</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the scores were stored, but the open assessment could not be opened again: %1</source>
        <translation>บันทึกคะแนนแล้ว แต่เปิดผลการประเมินที่เปิดอยู่อีกครั้งไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the framework was stored, but the open assessment could not be opened again: %1</source>
        <translation>บันทึกกรอบการประเมินแล้ว แต่เปิดผลการประเมินที่เปิดอยู่อีกครั้งไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>ita::cli::AnalysisCommands</name>
    <message>
        <location filename="../../src/cli/AnalysisCommands.cpp" line="+32"/>
        <source>Classify every indicator, item and sub-item: maintain (score at or above the maintain threshold), improve, or urgent (below the fixed threshold).</source>
        <translation>จัดกลุ่มทุกตัวชี้วัด ข้อคำถาม และข้อย่อย: รักษาระดับ (คะแนนตั้งแต่เกณฑ์รักษาระดับขึ้นไป) พัฒนาให้ดีขึ้น หรือแก้ไขเร่งด่วน (ต่ำกว่าเกณฑ์คงที่)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the results for stated grades that do not match their score, stated scores that differ from their parts, items with no score and scores out of range. Exits 0 whenever it ran.</source>
        <translation>ตรวจผลการประเมิน: ระดับที่ระบุไม่ตรงกับคะแนน คะแนนที่ระบุต่างจากคะแนนขององค์ประกอบ ข้อที่ไม่มีคะแนน และคะแนนที่อยู่นอกช่วง คืนค่า 0 ทุกครั้งที่ตรวจได้</translation>
    </message>
</context>
<context>
    <name>ita::cli::AuditCommand</name>
    <message>
        <location filename="../../src/cli/AuditCommand.cpp" line="+38"/>
        <source>Check the hash chain; exit 1 when it is broken.</source>
        <translation>ตรวจห่วงโซ่แฮช คืนค่า 1 เมื่อห่วงโซ่ขาด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records whose scope starts with this (&quot;สำนักงาน กกพ. 2564&quot;, &quot;สำนักงาน กกพ. plan 2565&quot;).</source>
        <translation>เฉพาะรายการที่ขอบเขตขึ้นต้นด้วยข้อความนี้ (&quot;สำนักงาน กกพ. 2564&quot;, &quot;สำนักงาน กกพ. plan 2565&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s audit trail: every change to scores, thresholds, plans and report texts, who made it and when, chained by hash.</source>
        <translation>บันทึกการแก้ไขของแฟ้ม: ทุกการเปลี่ยนแปลงคะแนน เกณฑ์ แผน และข้อความในรายงาน ผู้แก้ไขและเวลา เชื่อมกันด้วยห่วงโซ่แฮช</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit needs --db DB</source>
        <translation>audit ต้องระบุ --db DB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>head sha256 %1 (write it down to anchor the file)
</source>
        <translation>แฮชล่าสุด sha256 %1 (จดไว้เพื่อยืนยันความถูกต้องของแฟ้มภายหลัง)
</translation>
    </message>
</context>
<context>
    <name>ita::cli::ExportCommand</name>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="+35"/>
        <source>json (the assessment, lossless), csv (scores with grades and buckets), plan-csv (one row per step of the plan), pdf (the analysis and measures report, to publish), docx or odt (the same, to finish in Word or LibreOffice), progress-pdf, progress-docx or progress-odt (the progress report).</source>
        <translation>json (ผลการประเมินครบถ้วน), csv (คะแนนพร้อมระดับและกลุ่ม), plan-csv (หนึ่งแถวต่อหนึ่งขั้นตอนของแผน), pdf (รายงานการวิเคราะห์ผลและมาตรการ สำหรับเผยแพร่), docx หรือ odt (รายงานเดียวกัน สำหรับแก้ไขต่อใน Word หรือ LibreOffice), progress-pdf, progress-docx หรือ progress-odt (รายงานผลการดำเนินการ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output file, or - for standard output.</source>
        <translation>แฟ้มผลลัพธ์ หรือ - เพื่อเขียนออกทางเอาต์พุตมาตรฐาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arabic (default) or thai: the digits of the PDF and ODT reports.</source>
        <translation>arabic (ค่าเริ่มต้น) หรือ thai: ตัวเลขในรายงาน PDF และ ODT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma-separated report sections to include (default all): objectives, scores, recommendations, analysis, summary, measures, gantt, publications, findings.</source>
        <translation>ส่วนของรายงานที่ต้องการ คั่นด้วยจุลภาค (ค่าเริ่มต้น ทุกส่วน): objectives, scores, recommendations, analysis, summary, measures, gantt, publications, findings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day the plan&apos;s progress is judged on, YYYY-MM-DD (CE or BE year); default today.</source>
        <translation>วันที่ใช้ประเมินความก้าวหน้าของแผน YYYY-MM-DD (ปี ค.ศ. หรือ พ.ศ.) ค่าเริ่มต้นคือวันนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write one stored assessment, its plan or its report. CSV files are UTF-8 with a BOM (Excel shows Thai) and safe against formula injection; PDF is A4 with the Sarabun font embedded.</source>
        <translation>เขียนผลการประเมินที่บันทึกไว้ แผน หรือรายงานของผลนั้น แฟ้ม CSV เป็น UTF-8 มี BOM (Excel แสดงภาษาไทยได้) และปลอดภัยจากการแทรกสูตร PDF เป็นขนาด A4 ฝังแบบอักษร Sarabun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export needs --db, --agency, --year, --format and --out</source>
        <translation>export ต้องระบุ --db, --agency, --year, --format และ --out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format takes %1</source>
        <translation>--format รับค่า %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--lang takes th or en</source>
        <translation>--lang ต้องเป็น th หรือ en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--digits takes arabic or thai</source>
        <translation>--digits ต้องเป็น arabic หรือ thai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown section &quot;%1&quot;</source>
        <translation>ไม่รู้จักหัวข้อ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of ต้องเป็นวันที่แบบ YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ita::cli::FileCommands</name>
    <message>
        <location filename="../../src/cli/FileCommands.cpp" line="+35"/>
        <source>List the agencies and fiscal years in a database.</source>
        <translation>แสดงรายชื่อหน่วยงานและปีงบประมาณในฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list needs --db DB</source>
        <translation>list ต้องระบุ --db DB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the bundled sample (สำนักงาน กกพ., FY2564) into a database, replacing it if present.</source>
        <translation>บันทึกข้อมูลตัวอย่างที่มากับโปรแกรม (สำนักงาน กกพ. ปีงบประมาณ 2564) ลงในฐานข้อมูล แทนที่ของเดิมถ้ามี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sample needs --db DB</source>
        <translation>sample ต้องระบุ --db DB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sample written to %1
</source>
        <translation>บันทึกข้อมูลตัวอย่างลงใน %1 แล้ว
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List the frameworks: built in, and from the folder named by $ITA_PLANNER_FRAMEWORKS.</source>
        <translation>แสดงกรอบการประเมิน: ที่มากับโปรแกรม และจากโฟลเดอร์ที่ $ITA_PLANNER_FRAMEWORKS ระบุ</translation>
    </message>
</context>
<context>
    <name>ita::cli::FrameworkCommand</name>
    <message>
        <location filename="../../src/cli/FrameworkCommand.cpp" line="+29"/>
        <source>The .itadb database file.</source>
        <translation>แฟ้มฐานข้อมูล .itadb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id of the new framework, e.g. ITA-2569.</source>
        <translation>รหัสของกรอบการประเมินใหม่ เช่น ITA-2569</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiscal years (BE) it serves, e.g. 2569,2570.</source>
        <translation>ปีงบประมาณ (พ.ศ.) ที่ใช้กรอบนี้ เช่น 2569,2570</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rating CSV (level,min,all_tools_min,title_en,pass) that goes with a structure CSV.</source>
        <translation>แฟ้ม CSV ระดับผลการประเมิน (level,min,all_tools_min,title_en,pass) คู่กับแฟ้ม CSV โครงสร้าง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file (default: standard output).</source>
        <translation>แฟ้มผลลัพธ์ (ค่าเริ่มต้น: เอาต์พุตมาตรฐาน)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --format csv: where the rating CSV goes (default: --out with .rating.csv).</source>
        <translation>เมื่อใช้ --format csv: ที่เก็บแฟ้ม CSV ระดับผลการประเมิน (ค่าเริ่มต้น: ชื่อ --out ตามด้วย .rating.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of messages: th or en (default: the system&apos;s).</source>
        <translation>ภาษาของข้อความ: th หรือ en (ค่าเริ่มต้น: ภาษาของระบบ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The framework to copy (default: the latest).</source>
        <translation>กรอบการประเมินที่จะคัดลอก (ค่าเริ่มต้น: ปีล่าสุด)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--years takes Buddhist Era years such as 2569,2570, not &quot;%1&quot;</source>
        <translation>--years ต้องเป็นปีพุทธศักราช เช่น 2569,2570 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--years is needed, e.g. --years 2569</source>
        <translation>ต้องระบุ --years เช่น --years 2569</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a structure CSV needs --id and --years</source>
        <translation>แฟ้ม CSV โครงสร้างต้องระบุ --id และ --years</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>List the frameworks: those the file holds, then the built-in ones.</source>
        <translation>แสดงกรอบการประเมิน: ที่อยู่ในแฟ้ม แล้วตามด้วยที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>in the file</source>
        <translation>ในแฟ้ม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>built in</source>
        <translation>มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The framework&apos;s id.</source>
        <translation>รหัสของกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a framework for another agency or program: JSON (lossless) or the structure and rating CSVs.</source>
        <translation>เขียนกรอบการประเมินเพื่อใช้กับหน่วยงานหรือโปรแกรมอื่น: JSON (ครบถ้วน) หรือแฟ้ม CSV โครงสร้างและระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs one framework ID</source>
        <translation>export ต้องระบุรหัสกรอบการประเมินหนึ่งรหัส</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+105"/>
        <source>unknown framework &quot;%1&quot;; available: %2</source>
        <translation>ไม่รู้จักกรอบการประเมิน &quot;%1&quot; ที่มีอยู่: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>--format csv writes two files: give --out (and --rating-out)</source>
        <translation>--format csv เขียนสองแฟ้ม: ระบุ --out (และ --rating-out)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrote %1 and %2
</source>
        <translation>บันทึก %1 และ %2 แล้ว
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: warning: %2</source>
        <translation>%1: คำเตือน: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>stored framework %1 (fiscal years %2) in %3
</source>
        <translation>บันทึกกรอบการประเมิน %1 (ปีงบประมาณ %2) ลงใน %3 แล้ว
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FRAMEWORK.json, or STRUCTURE.csv with --rating, --id and --years.</source>
        <translation>FRAMEWORK.json หรือ STRUCTURE.csv คู่กับ --rating, --id และ --years</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store a framework in a database, checked first: on any problem nothing is stored.</source>
        <translation>บันทึกกรอบการประเมินลงฐานข้อมูล โดยตรวจก่อน หากพบปัญหาใดจะไม่บันทึกเลย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import needs one FILE and --db DB</source>
        <translation>import ต้องระบุแฟ้มหนึ่งแฟ้มและ --db DB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing was stored</source>
        <translation>%1: ไม่ได้บันทึกใด ๆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start a new year&apos;s framework as a copy of another (its tools, items, rating and roles), to be edited from the NACC&apos;s manual.</source>
        <translation>เริ่มกรอบการประเมินของปีใหม่โดยคัดลอกจากกรอบอื่น (เครื่องมือ ข้อคำถาม ระดับผล และบทบาท) แล้วแก้ไขตามคู่มือของ ป.ป.ช.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new needs --db DB</source>
        <translation>new ต้องระบุ --db DB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>framework %1 already exists (fiscal years %2); nothing was stored. Name the new one with --id, or change %1 with &apos;framework import&apos;.</source>
        <translation>มีกรอบการประเมิน %1 อยู่แล้ว (ปีงบประมาณ %2) จึงไม่ได้บันทึกใด ๆ ตั้งรหัสกรอบใหม่ด้วย --id หรือแก้ไข %1 ด้วย &apos;framework import&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check a framework file and list every problem (with --db, also the years the file&apos;s frameworks already claim).</source>
        <translation>ตรวจแฟ้มกรอบการประเมินและแสดงทุกปัญหา (เมื่อใช้ --db ตรวจปีที่กรอบการประเมินในแฟ้มใช้อยู่แล้วด้วย)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check needs one FILE</source>
        <translation>check ต้องระบุแฟ้มหนึ่งแฟ้ม</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: framework %2 is sound: %3 tools, %4 items, rating %5, fiscal years %6
</source>
        <translation>%1: กรอบการประเมิน %2 ถูกต้อง: %3 เครื่องมือ %4 ข้อคำถาม ระดับ %5 ปีงบประมาณ %6
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the frameworks a file holds, then the built-in ones</source>
        <translation>กรอบการประเมินในแฟ้ม แล้วตามด้วยที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a framework as JSON or as structure and rating CSVs</source>
        <translation>เขียนกรอบการประเมินเป็น JSON หรือเป็นแฟ้ม CSV โครงสร้างและระดับผล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>store a framework from JSON or CSV, checked first</source>
        <translation>บันทึกกรอบการประเมินจาก JSON หรือ CSV โดยตรวจก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start a new year&apos;s framework as a copy of another</source>
        <translation>เริ่มกรอบการประเมินของปีใหม่โดยคัดลอกจากกรอบอื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list every problem of a framework file</source>
        <translation>แสดงทุกปัญหาของแฟ้มกรอบการประเมิน</translation>
    </message>
</context>
<context>
    <name>ita::cli::ImportCommand</name>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="+76"/>
        <source>An agency already stored under the same name with another province, group or parent is the same agency: the file&apos;s values replace the stored ones.</source>
        <translation>หน่วยงานชื่อเดียวกันที่บันทึกไว้แล้วแต่มีจังหวัด กลุ่ม หรือสังกัดต่างไป เป็นหน่วยงานเดียวกัน: ใช้ค่าในแฟ้มแทนค่าที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Scores CSV or assessment JSON to import.</source>
        <translation>แฟ้ม CSV คะแนน หรือ JSON ผลการประเมินที่จะนำเข้า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite an agency&apos;s fiscal year already stored.</source>
        <translation>เขียนทับข้อมูลของหน่วยงานในปีงบประมาณที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import ITA scores into a database. Every row is checked first; on any error nothing is stored.</source>
        <translation>นำเข้าคะแนน ITA ลงฐานข้อมูล ทุกแถวจะถูกตรวจก่อน หากพบข้อผิดพลาดใดจะไม่บันทึกเลย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import needs one FILE and --db DB</source>
        <translation>import ต้องระบุแฟ้มหนึ่งแฟ้มและ --db DB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>ไม่รู้จักการเข้ารหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>imported %1, fiscal year %2 (%3): %4 scores
</source>
        <translation>นำเข้า %1 ปีงบประมาณ %2 (%3): %4 คะแนน
</translation>
    </message>
</context>
<context>
    <name>ita::cli::Input</name>
    <message>
        <location filename="../../src/cli/Input.cpp" line="+20"/>
        <source>The .itadb database file, or a server database: postgresql://user@host:port/dbname?sslmode=… (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>แฟ้มฐานข้อมูล .itadb หรือฐานข้อมูลบนเซิร์ฟเวอร์: postgresql://user@host:port/dbname?sslmode=… (รหัสผ่านจาก PGPASSWORD หรือ ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agency name, as stored or as the scores belong to.</source>
        <translation>ชื่อหน่วยงาน ตามที่บันทึกไว้หรือตามที่คะแนนระบุ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiscal year, Buddhist Era (e.g. 2564).</source>
        <translation>ปีงบประมาณ พ.ศ. (เช่น 2564)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Framework id (default: the one for the year; see &apos;frameworks&apos;).</source>
        <translation>รหัสกรอบการประเมิน (ค่าเริ่มต้น: กรอบของปีนั้น ดู &apos;frameworks&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV encoding: auto (default), utf-8 or windows-874.</source>
        <translation>การเข้ารหัสของ CSV: auto (ค่าเริ่มต้น), utf-8 หรือ windows-874</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of messages and tables: th or en (default: the system&apos;s).</source>
        <translation>ภาษาของข้อความและตาราง: th หรือ en (ค่าเริ่มต้น: ภาษาของระบบ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed threshold; below it is urgent (default 85.00).</source>
        <translation>เกณฑ์คงที่ ต่ำกว่านี้คือแก้ไขเร่งด่วน (ค่าเริ่มต้น 85.00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maintain threshold (default: the overall score).</source>
        <translation>เกณฑ์รักษาระดับ (ค่าเริ่มต้น: คะแนนภาพรวม)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--year takes a Buddhist Era year such as 2564, not &quot;%1&quot;</source>
        <translation>--year ต้องเป็นปีพุทธศักราช เช่น 2564 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>give either one FILE or --db DB --agency NAME --year BE</source>
        <translation>ระบุแฟ้มหนึ่งแฟ้ม หรือ --db DB --agency ชื่อ --year พ.ศ. อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--db needs --agency and --year</source>
        <translation>--db ต้องใช้คู่กับ --agency และ --year</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>ไม่รู้จักการเข้ารหัส &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the file holds %2 assessments matching the options; choose one with --agency and --year</source>
        <translation>%1: แฟ้มมีการประเมินที่ตรงกับตัวเลือก %2 รายการ โปรดเลือกหนึ่งรายการด้วย --agency และ --year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 takes a score from 0 to 100</source>
        <translation>--%1 รับคะแนนตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A scores CSV or assessment JSON (or use --db).</source>
        <translation>แฟ้ม CSV คะแนน หรือ JSON ผลการประเมิน (หรือใช้ --db)</translation>
    </message>
</context>
<context>
    <name>ita::cli::LibraryCommand</name>
    <message>
        <location filename="../../src/cli/LibraryCommand.cpp" line="+32"/>
        <source>With --db: the file&apos;s own entries alone.</source>
        <translation>ใช้กับ --db: เฉพาะมาตรการในคลังของแฟ้ม</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>List the measures library: each entry, what it answers and its steps.</source>
        <translation>แสดงคลังมาตรการ: แต่ละมาตรการ สิ่งที่ตอบ และขั้นตอน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 entries
</source>
        <translation>%1 มาตรการ
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check a library file: every problem with its line; nothing is stored.</source>
        <translation>ตรวจแฟ้มคลังมาตรการ: ทุกปัญหาพร้อมบรรทัด ไม่มีการบันทึกใด ๆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check needs one FILE</source>
        <translation>check ต้องระบุหนึ่งแฟ้ม</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 entries, %3 steps, no problems
</source>
        <translation>%1: %2 มาตรการ %3 ขั้นตอน ไม่พบปัญหา
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write it (&quot;-&quot;: standard output).</source>
        <translation>แฟ้มที่จะเขียน (&quot;-&quot;: ผลลัพธ์มาตรฐาน)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>A library file (JSON, or CSV for a name ending .csv) instead of the bundled library.</source>
        <translation>แฟ้มคลังมาตรการ (JSON หรือ CSV เมื่อชื่อแฟ้มลงท้ายด้วย .csv) แทนคลังที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+64"/>
        <source>A library file: JSON, or CSV for a name ending .csv.</source>
        <translation>แฟ้มคลังมาตรการ: JSON หรือ CSV เมื่อชื่อแฟ้มลงท้ายด้วย .csv</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Write the library as JSON or CSV (one row per step, for a spreadsheet), to share it or to start your own from the bundled one.</source>
        <translation>เขียนคลังมาตรการเป็น JSON หรือ CSV (ขั้นตอนละหนึ่งแถว สำหรับโปรแกรมตารางคำนวณ) เพื่อแบ่งปัน หรือเพื่อเริ่มคลังของท่านเองจากคลังที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replace entries of the same id.</source>
        <translation>แทนที่มาตรการที่มี id เดียวกัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store a library file&apos;s entries in a database, beside the bundled library: checked first, all or nothing.</source>
        <translation>บันทึกมาตรการจากแฟ้มคลังมาตรการลงฐานข้อมูล เพิ่มจากคลังที่มากับโปรแกรม: ตรวจก่อน บันทึกทั้งหมดหรือไม่บันทึกเลย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import needs one FILE and --db DB</source>
        <translation>import ต้องระบุหนึ่งแฟ้มและ --db</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: nothing was imported</source>
        <translation>%1: ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported %1 library entries into %2
</source>
        <translation>นำเข้ามาตรการ %1 รายการลงใน %2 แล้ว
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each entry, what it answers and its steps</source>
        <translation>แต่ละมาตรการ สิ่งที่ตอบ และขั้นตอน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every problem of a library file</source>
        <translation>ทุกปัญหาของแฟ้มคลังมาตรการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the library as JSON or CSV</source>
        <translation>เขียนคลังมาตรการเป็น JSON หรือ CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store a library file&apos;s entries in a database, checked first</source>
        <translation>บันทึกมาตรการจากแฟ้มคลังลงฐานข้อมูล หลังตรวจแล้ว</translation>
    </message>
</context>
<context>
    <name>ita::cli::Main</name>
    <message>
        <location filename="../../src/cli/main.cpp" line="+31"/>
        <source>Usage: ita-planner-cli COMMAND [OPTIONS]

ITA Planner, command-line program: analyse Integrity and Transparency
Assessment (ITA) results without a display.

Commands:
</source>
        <translation>วิธีใช้: ita-planner-cli คำสั่ง [ตัวเลือก]

ITA Planner โปรแกรมบรรทัดคำสั่ง: วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส
ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) โดยไม่ต้องมีหน้าจอ

คำสั่ง:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Run &apos;ita-planner-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 bad input (the message names file and line),
2 usage error.
</source>
        <translation>
พิมพ์ &apos;ita-planner-cli คำสั่ง --help&apos; เพื่อดูตัวเลือกของคำสั่ง
รหัสการจบ: 0 สำเร็จ, 1 ข้อมูลนำเข้าไม่ถูกต้อง (ข้อความระบุแฟ้มและบรรทัด),
2 ใช้คำสั่งไม่ถูกต้อง
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>store a scores file (CSV or JSON) in a database</source>
        <translation>บันทึกแฟ้มคะแนน (CSV หรือ JSON) ลงฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classify items into maintain / improve / urgent</source>
        <translation>จัดกลุ่มข้อคำถามเป็น รักษาระดับ / พัฒนาให้ดีขึ้น / แก้ไขเร่งด่วน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check stated grades and scores against the data</source>
        <translation>ตรวจระดับและคะแนนที่ระบุเทียบกับข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report, the analysis or the plan as a file</source>
        <translation>เขียนรายงาน ผลการวิเคราะห์ หรือแผนเป็นแฟ้ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the agencies and fiscal years in a database</source>
        <translation>แสดงรายชื่อหน่วยงานและปีงบประมาณในฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the bundled sample agency into a database</source>
        <translation>บันทึกหน่วยงานตัวอย่างที่มากับโปรแกรมลงฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the assessment frameworks this program knows</source>
        <translation>แสดงกรอบการประเมินที่โปรแกรมรู้จัก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list, export, import, create and check frameworks</source>
        <translation>แสดง ส่งออก นำเข้า สร้าง และตรวจกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the overall, grade and buckets if some scores changed</source>
        <translation>คะแนนภาพรวม ระดับ และกลุ่ม หากคะแนนบางข้อเปลี่ยน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the uniform rise of chosen items that reaches a target</source>
        <translation>คะแนนที่ต้องเพิ่มเท่ากันในข้อที่เลือกเพื่อให้ถึงเป้าหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print, check, draft or import an agency&apos;s measures plan</source>
        <translation>แสดง ตรวจ ร่าง หรือนำเข้าแผนมาตรการของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the measures library drafts draw on: list, check, export, import</source>
        <translation>คลังมาตรการที่ใช้ร่างแผน: แสดง ตรวจ ส่งออก นำเข้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the OIT checklist: check every link before the window, export the page</source>
        <translation>รายการตรวจ OIT: ตรวจทุกลิงก์ก่อนระบบเปิด ส่งออกหน้าเว็บ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>many agencies of a year: means, levels, pass rate, ranking</source>
        <translation>หลายหน่วยงานในปีเดียวกัน: ค่าเฉลี่ย ระดับ อัตราผ่าน และการจัดลำดับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list or verify the file&apos;s audit trail of changes</source>
        <translation>แสดงหรือตรวจบันทึกการแก้ไขของแฟ้ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set up a PostgreSQL database for a team (server init)</source>
        <translation>จัดเตรียมฐานข้อมูล PostgreSQL สำหรับทำงานเป็นทีม (server init)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy a file&apos;s data to a server database or back, checked</source>
        <translation>คัดลอกข้อมูลจากแฟ้มไปฐานข้อมูลบนเซิร์ฟเวอร์หรือกลับ พร้อมตรวจสอบ</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ita-planner-cli: unknown command &apos;%1&apos;
</source>
        <translation>ita-planner-cli: ไม่รู้จักคำสั่ง &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>ita::cli::OitCommand</name>
    <message>
        <location filename="../../src/cli/OitCommand.cpp" line="+40"/>
        <source>oit needs --db, --agency and --year (the fiscal year the plan runs in, Buddhist Era)</source>
        <translation>oit ต้องมี --db, --agency และ --year (ปีงบประมาณของแผน พ.ศ.)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Do not check the links on the web: use what the last check stored.</source>
        <translation>ไม่ตรวจลิงก์บนเว็บ ใช้ผลที่ตรวจครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every link again (by default only those never checked, failed, or checked more than a day ago).</source>
        <translation>ตรวจทุกลิงก์ใหม่ (ปกติตรวจเฉพาะลิงก์ที่ยังไม่เคยตรวจ ตรวจไม่ผ่าน หรือตรวจมานานกว่าหนึ่งวัน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for each link (default 20).</source>
        <translation>เวลารอแต่ละลิงก์เป็นวินาที (ค่าเริ่มต้น 20)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which OIT items of a plan would score 0 if assessed today, and why: every link checked (GET, redirects followed) and stored, each item&apos;s elements and year, and the expected OIT and overall. Exit 1 when any item is not ready.</source>
        <translation>ข้อ OIT ใดของแผนจะได้ 0 คะแนนหากประเมินวันนี้ และเพราะอะไร: ตรวจและบันทึกทุกลิงก์ (GET ตามการส่งต่อ) องค์ประกอบและปีของข้อมูลแต่ละข้อ และคะแนน OIT กับคะแนนภาพรวมที่คาดว่าจะได้ จบด้วยรหัส 1 เมื่อมีข้อที่ยังไม่พร้อม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout is 1 to 600 seconds, not &quot;%1&quot;</source>
        <translation>--timeout ต้องเป็น 1 ถึง 600 วินาที ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checked %1 of %2 links</source>
        <translation>ตรวจแล้ว %1 จาก %2 ลิงก์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check could not be stored: %1</source>
        <translation>บันทึกผลการตรวจไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Output file, or - for standard output.</source>
        <translation>ไฟล์ผลลัพธ์ หรือ - เพื่อแสดงทางหน้าจอ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agency&apos;s OIT web page (html: one self-contained file, items under their sub-indicators with their links), the CSV of code, URL and explanation to enter into ITAS, or the readiness report for the executive (pdf: the stored link checks, as oit check --offline reads them).</source>
        <translation>หน้าเว็บ OIT ของหน่วยงาน (html: ไฟล์เดียวครบในตัว จัดข้อตามตัวชี้วัดย่อยพร้อมลิงก์) CSV ของข้อ URL และคำอธิบายสำหรับกรอกในระบบ ITAS หรือรายงานความพร้อมสำหรับผู้บริหาร (pdf: ใช้ผลการตรวจลิงก์ที่บันทึกไว้ เช่นเดียวกับ oit check --offline)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>check every OIT link of a plan and say which items are not ready</source>
        <translation>ตรวจทุกลิงก์ OIT ของแผนและบอกว่าข้อใดยังไม่พร้อม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the agency&apos;s OIT page (html) or the CSV for ITAS</source>
        <translation>เขียนหน้าเว็บ OIT ของหน่วยงาน (html) หรือ CSV สำหรับระบบ ITAS</translation>
    </message>
</context>
<context>
    <name>ita::cli::PlanCommand</name>
    <message>
        <location filename="../../src/cli/PlanCommand.cpp" line="+41"/>
        <source>Print the coverage check instead of the plan.</source>
        <translation>แสดงผลการตรวจความครอบคลุมแทนแผน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add draft measures, with steps, quarters, units, monitoring and reporting, for every improve or urgent item that no measure answers, from the measures library, the NACC&apos;s recommendations in the file and (with --carry-forward) last year&apos;s plan; store them, marked as drafts. Creates the plan when the agency has none for the year.</source>
        <translation>เพิ่มร่างมาตรการ พร้อมขั้นตอน ไตรมาส หน่วยงาน การกำกับติดตาม และการรายงานผล ให้ทุกข้อที่ต้องพัฒนาหรือแก้ไขเร่งด่วนที่ยังไม่มีมาตรการ จากคลังมาตรการ ข้อเสนอแนะของ ป.ป.ช. ในแฟ้ม และ (เมื่อใช้ --carry-forward) แผนปีก่อน แล้วบันทึกโดยทำเครื่องหมายว่าเป็นร่าง สร้างแผนให้เมื่อหน่วยงานยังไม่มีแผนของปีนั้น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --draft: a library file (JSON) to draw on as well as the bundled one.</source>
        <translation>ใช้กับ --draft: แฟ้มคลังมาตรการ (JSON) ที่ใช้เพิ่มจากคลังที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --draft: offer last year&apos;s measures for items still improve or urgent, moved one fiscal year on.</source>
        <translation>ใช้กับ --draft: เสนอมาตรการของปีก่อนสำหรับข้อที่ยังต้องพัฒนาหรือแก้ไขเร่งด่วน เลื่อนไปหนึ่งปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --draft: best (the best proposals until every item is answered; the default) or all.</source>
        <translation>ใช้กับ --draft: best (ข้อเสนอที่ดีที่สุดจนครบทุกข้อ ค่าเริ่มต้น) หรือ all</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store a plan JSON file (with --replace to overwrite).</source>
        <translation>บันทึกแฟ้มแผน JSON (ใช้ --replace เพื่อเขียนทับ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --import: overwrite the stored plan.</source>
        <translation>เมื่อใช้ --import: เขียนทับแผนที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measures plan of an agency for the fiscal year it runs in (the FY2564 results drive the FY2565 plan).</source>
        <translation>แผนมาตรการของหน่วยงานสำหรับปีงบประมาณที่ดำเนินการ (ผลปี 2564 ใช้วางแผนปี 2565)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan needs --db DB</source>
        <translation>plan ต้องระบุ --db DB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: nothing was imported</source>
        <translation>%1: ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported the plan of %1 for fiscal year %2: %3 measures
</source>
        <translation>นำเข้าแผนของ %1 ปีงบประมาณ %2: %3 มาตรการ
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>plan needs --agency and --year (the year the plan runs in)</source>
        <translation>plan ต้องระบุ --agency และ --year (ปีที่ดำเนินการตามแผน)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--take is best or all, not &quot;%1&quot;</source>
        <translation>--take ต้องเป็น best หรือ all ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the library was refused; nothing was drafted</source>
        <translation>%1: คลังมาตรการไม่ผ่านการตรวจ จึงไม่ได้ร่างมาตรการใด ๆ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 draft measure(s) added to the plan of %2 for fiscal year %3; review them in the Plan tab (every drafted cell is marked until it is edited or accepted).
</source>
        <translation>เพิ่มร่างมาตรการ %1 มาตรการในแผนของ %2 ปีงบประมาณ %3 แล้ว โปรดตรวจทานในแท็บแผน (ช่องที่เป็นร่างมีเครื่องหมายจนกว่าจะแก้ไขหรือยอมรับ)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no unit of the agency takes these roles yet, so the drafts name the roles themselves: %1. Give each role to a unit in the Plan tab&apos;s units (or the plan JSON&apos;s &quot;roles&quot;) and draft again.</source>
        <translation>ยังไม่มีหน่วยงานใดรับบทบาทเหล่านี้ ร่างจึงระบุชื่อบทบาทแทน: %1 โปรดกำหนดบทบาทให้หน่วยงาน (หรือ &quot;roles&quot; ในแผน JSON) แล้วร่างอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ita::cli::PortfolioCommand</name>
    <message>
        <location filename="../../src/cli/PortfolioCommand.cpp" line="+33"/>
        <source>Output file, or - for standard output (the default; pdf needs it).</source>
        <translation>แฟ้มผลลัพธ์ หรือ - สำหรับเอาต์พุตมาตรฐาน (ค่าเริ่มต้น; pdf ต้องระบุแฟ้ม)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agencies under this parent organisation.</source>
        <translation>เฉพาะหน่วยงานในสังกัดนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agencies of this province.</source>
        <translation>เฉพาะหน่วยงานในจังหวัดนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the agencies of this group.</source>
        <translation>เฉพาะหน่วยงานในกลุ่มนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subgroup table by province, group or parent (with --format csv: that table instead of the ranking).</source>
        <translation>ตารางแยกตามจังหวัด กลุ่ม หรือสังกัด (เมื่อใช้ --format csv จะได้ตารางนี้แทนตารางลำดับ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each agency&apos;s overall of every year from this one (Buddhist Era) to the year before, and the change and the biggest movers measured from it (default: the year before).</source>
        <translation>คะแนนภาพรวมของแต่ละหน่วยงานทุกปีตั้งแต่ปีนี้ (พ.ศ.) ถึงปีก่อนหน้า และวัดการเปลี่ยนแปลงกับหน่วยงานที่เปลี่ยนแปลงมากที่สุดจากปีนี้ (ค่าเริ่มต้น: ปีก่อนหน้า)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every agency of a fiscal year in a database, summed up: the mean and median of each tool, indicator and the overall (unweighted), the agencies at each level, the pass rate, the indicators most often urgent, the biggest movers, subgroup means, and the ranking (csv).</source>
        <translation>สรุปผลของทุกหน่วยงานในปีงบประมาณหนึ่งในฐานข้อมูล: ค่าเฉลี่ยและมัธยฐานของแต่ละเครื่องมือ ตัวชี้วัด และคะแนนภาพรวม (ไม่ถ่วงน้ำหนัก) จำนวนหน่วยงานในแต่ละระดับ ร้อยละที่ผ่านเกณฑ์ ตัวชี้วัดที่ต้องแก้ไขเร่งด่วนบ่อยที่สุด หน่วยงานที่คะแนนเปลี่ยนมากที่สุด ค่าเฉลี่ยรายกลุ่มย่อย และตารางลำดับ (csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>portfolio needs --db DB and --year BE</source>
        <translation>portfolio ต้องระบุ --db DB และ --year พ.ศ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format pdf needs --out FILE</source>
        <translation>--format pdf ต้องระบุ --out แฟ้ม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since takes a Buddhist Era year before --year, not &quot;%1&quot;</source>
        <translation>--since ต้องเป็นปี พ.ศ. ก่อน --year ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give one of --parent, --province and --group, not more</source>
        <translation>ระบุ --parent, --province หรือ --group ได้เพียงอย่างเดียว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--by is province, group or parent, not &quot;%1&quot;</source>
        <translation>--by ต้องเป็น province, group หรือ parent ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds no assessment for fiscal year %2 with %3 &quot;%4&quot;</source>
        <translation>%1 ไม่มีผลการประเมินปีงบประมาณ %2 ที่มี %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the agencies use %1 frameworks (%2): only the codes they share are compared%3</source>
        <translation>หน่วยงานใช้กรอบการประเมิน %1 กรอบ (%2): เปรียบเทียบเฉพาะรหัสที่มีร่วมกัน%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; left out: %1</source>
        <translation> ไม่นำมาเปรียบเทียบ: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 holds no assessment for fiscal year %2</source>
        <translation>%1 ไม่มีผลการประเมินของปีงบประมาณ %2</translation>
    </message>
</context>
<context>
    <name>ita::cli::ScenarioCommands</name>
    <message>
        <location filename="../../src/cli/ScenarioCommands.cpp" line="+34"/>
        <source>A changed score, CODE=SCORE (repeatable).</source>
        <translation>คะแนนที่เปลี่ยน รหัส=คะแนน (ระบุได้หลายครั้ง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the overall, the grade and the buckets would be with some scores changed. Nothing is stored.</source>
        <translation>คะแนนภาพรวม ระดับ และกลุ่มจะเป็นอย่างไรหากคะแนนบางข้อเปลี่ยน ไม่มีการบันทึกใด ๆ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--set takes CODE=SCORE with a score from 0 to 100, not &quot;%1&quot;</source>
        <translation>--set ต้องอยู่ในรูป รหัส=คะแนน โดยคะแนนอยู่ระหว่าง 0 ถึง 100 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overall %1 (%2), %3%4 against the real result
</source>
        <translation>คะแนนภาพรวม %1 (%2) %3%4 เทียบกับผลจริง
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The overall score to reach.</source>
        <translation>คะแนนภาพรวมที่ต้องการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or the grade to reach (its lowest score).</source>
        <translation>หรือระดับที่ต้องการ (คะแนนต่ำสุดของระดับนั้น)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The items to raise, comma or space separated.</source>
        <translation>ข้อที่จะเพิ่มคะแนน คั่นด้วยจุลภาคหรือช่องว่าง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The smallest uniform rise of the chosen items (each capped at 100) that brings the overall to a target, or that it cannot.</source>
        <translation>คะแนนที่ต้องเพิ่มน้อยที่สุดเท่ากันในข้อที่เลือก (แต่ละข้อไม่เกิน 100) เพื่อให้คะแนนภาพรวมถึงเป้าหมาย หรือแจ้งว่าไม่สามารถถึงได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target needs --items and one of --overall or --grade</source>
        <translation>target ต้องระบุ --items และ --overall หรือ --grade อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--overall takes a score from 0 to 100</source>
        <translation>--overall ต้องเป็นคะแนนระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown level &quot;%1&quot;; framework %2 has %3</source>
        <translation>ไม่รู้จักระดับ &quot;%1&quot; กรอบการประเมิน %2 มี %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 overall and every tool at least %3)</source>
        <translation>%1 (คะแนนภาพรวม %2 และทุกเครื่องมือไม่ต่ำกว่า %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raise %1 by %2 points each (capped at 100.00) to reach %3
</source>
        <translation>เพิ่ม %1 ข้อละ %2 คะแนน (สูงสุด 100.00) จึงจะถึง %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be reached by raising %2: even 100.00 on each is not enough
</source>
        <translation>เพิ่ม %2 แล้วก็ไม่ถึง %1: แม้ได้ 100.00 ทุกข้อก็ยังไม่พอ
</translation>
    </message>
</context>
<context>
    <name>ita::cli::ServerCommands</name>
    <message>
        <location filename="../../src/cli/ServerCommands.cpp" line="+28"/>
        <source>Set up an empty server database: the schema ita_planner, its tables and the roles ita_planner_admin, ita_planner_editor and ita_planner_reader.</source>
        <translation>จัดเตรียมฐานข้อมูลว่างบนเซิร์ฟเวอร์: schema ita_planner ตารางทั้งหมด และบทบาท ita_planner_admin ita_planner_editor และ ita_planner_reader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write the SQL statements run to FILE (what scripts/server-setup.sql holds).</source>
        <translation>เขียนคำสั่ง SQL ที่รันลงใน FILE ด้วย (เนื้อหาเดียวกับ scripts/server-setup.sql)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up a PostgreSQL database for ITA Planner (run once, by a login that may create roles).</source>
        <translation>จัดเตรียมฐานข้อมูล PostgreSQL สำหรับ ITA Planner (รันครั้งเดียว โดยผู้ใช้ที่สร้างบทบาทได้)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use: server init --db postgresql://…</source>
        <translation>ใช้: server init --db postgresql://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server init needs a server database (postgresql://…); a file is set up when it is first written</source>
        <translation>server init ต้องใช้ฐานข้อมูลบนเซิร์ฟเวอร์ (postgresql://…) แฟ้มจะจัดเตรียมเองเมื่อเขียนครั้งแรก</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is already set up (schema %2); nothing was changed
</source>
        <translation>%1 จัดเตรียมไว้แล้ว (schema %2) ไม่มีสิ่งใดเปลี่ยนแปลง
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is set up (schema %2). Make logins members of ita_planner_editor to edit, ita_planner_reader to read, ita_planner_admin to upgrade.
</source>
        <translation>จัดเตรียม %1 แล้ว (schema %2) ให้ผู้ใช้เป็นสมาชิก ita_planner_editor เพื่อแก้ไข ita_planner_reader เพื่ออ่าน และ ita_planner_admin เพื่อปรับรุ่น
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store to copy: an .itadb file or a server database (postgresql://…).</source>
        <translation>ที่เก็บข้อมูลที่จะคัดลอก: แฟ้ม .itadb หรือฐานข้อมูลบนเซิร์ฟเวอร์ (postgresql://…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to: a new .itadb file or an empty server database.</source>
        <translation>ปลายทาง: แฟ้ม .itadb ใหม่ หรือฐานข้อมูลว่างบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy everything a store holds into a new file or an empty server database, all or nothing, and check the copy (row counts, the audit chain, every assessment&apos;s classification).</source>
        <translation>คัดลอกข้อมูลทั้งหมดลงแฟ้มใหม่หรือฐานข้อมูลว่างบนเซิร์ฟเวอร์ สำเร็จทั้งหมดหรือไม่มีสิ่งใดเลย และตรวจสอบสำเนา (จำนวนแถว ห่วงโซ่ประวัติการแก้ไข และการจัดกลุ่มของทุกการประเมิน)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy needs --from DB and --to DB</source>
        <translation>copy ต้องมี --from DB และ --to DB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists; copy writes a new file (remove it or choose another name)</source>
        <translation>มี %1 อยู่แล้ว copy เขียนแฟ้มใหม่เท่านั้น (ลบแฟ้มนั้นหรือเลือกชื่ออื่น)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>copied %1 rows (%2 assessments, %3 audit records) from %4 to %5; the copy was checked: row counts, audit chain, classifications
</source>
        <translation>คัดลอก %1 แถว (%2 การประเมิน %3 รายการประวัติ) จาก %4 ไป %5 แล้ว และตรวจสอบสำเนาแล้ว: จำนวนแถว ห่วงโซ่ประวัติ และการจัดกลุ่ม
</translation>
    </message>
</context>
<context>
    <name>ita::cli::Skeleton</name>
    <message>
        <location filename="../../src/cli/Skeleton.cpp" line="+24"/>
        <source>standard output: %1; what was written is incomplete</source>
        <translation>ผลลัพธ์มาตรฐาน: %1 สิ่งที่เขียนออกไปไม่ครบ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Output format: %1 (default %2).</source>
        <translation>รูปแบบผลลัพธ์: %1 (ค่าเริ่มต้น %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>warning: the password written in %1 can be read by anyone on this machine who lists its processes (ps), and stays in the shell&apos;s history. Give it in PGPASSWORD or ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows) instead.</source>
        <translation>คำเตือน: รหัสผ่านที่เขียนไว้ใน %1 ผู้ใช้ทุกคนบนเครื่องนี้อ่านได้จากรายการโปรเซส (ps) และยังค้างอยู่ในประวัติคำสั่งของเชลล์ ให้ระบุรหัสผ่านใน PGPASSWORD หรือ ~/.pgpass (บน Windows คือ %APPDATA%\postgresql\pgpass.conf) แทน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown format &quot;%1&quot; (choose %2)</source>
        <translation>ไม่รู้จักรูปแบบ &quot;%1&quot; (เลือก %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Usage: ita-planner-cli %1 SUBCOMMAND [OPTIONS]

</source>
        <translation>วิธีใช้: ita-planner-cli %1 คำสั่งย่อย [ตัวเลือก]

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Run &apos;ita-planner-cli %1 SUBCOMMAND --help&apos; for its options.
</source>
        <translation>
พิมพ์ &apos;ita-planner-cli %1 คำสั่งย่อย --help&apos; เพื่อดูตัวเลือกของคำสั่งย่อย
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown subcommand &quot;%1&quot;

%2</source>
        <translation>ไม่รู้จักคำสั่งย่อย &quot;%1&quot;

%2</translation>
    </message>
</context>
<context>
    <name>ita::csv</name>
    <message>
        <location filename="../../src/core/io/Csv.cpp" line="+46"/>
        <location line="+94"/>
        <source>the line %1</source>
        <translation>บรรทัดนี้%1</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+122"/>
        <source>a field is longer than %1 characters</source>
        <translation>ช่องข้อมูลยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+91"/>
        <source>more than %1 rows; split the file</source>
        <translation>มีมากกว่า %1 แถว โปรดแยกแฟ้ม</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+115"/>
        <source>unterminated quoted field (the quote opened here is never closed)</source>
        <translation>ช่องข้อมูลในเครื่องหมายคำพูดไม่ปิด (เครื่องหมายคำพูดที่เปิดตรงนี้ไม่มีการปิด)</translation>
    </message>
</context>
<context>
    <name>ita::gui::AgencyDialog</name>
    <message>
        <location filename="../../src/gui/AgencyDialog.cpp" line="+20"/>
        <source>Agency details</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agency:</source>
        <translation>หน่วยงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province:</source>
        <translation>จังหวัด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group:</source>
        <translation>กลุ่ม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent organisation:</source>
        <translation>สังกัด:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Portfolios select and group agencies by these. Every change is recorded in the audit trail.</source>
        <translation>ใช้เลือกและจัดกลุ่มหน่วยงานในภาพรวมหลายหน่วยงาน ทุกการเปลี่ยนแปลงบันทึกในประวัติการแก้ไข</translation>
    </message>
</context>
<context>
    <name>ita::gui::AuditPanel</name>
    <message>
        <location filename="../../src/gui/AuditPanel.cpp" line="+132"/>
        <source>When (UTC)</source>
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>ขอบเขต</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>เดิม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>ใหม่</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n record(s) here. The file is being checked.</source>
        <translation>
            <numerusform>มีบันทึก %n รายการ กำลังตรวจสอบความครบถ้วนของแฟ้ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) here. The check of the file was stopped: not checked this time.</source>
        <translation>
            <numerusform>มีบันทึก %n รายการ การตรวจสอบแฟ้มถูกหยุด ครั้งนี้จึงยังไม่ได้ตรวจสอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) here. The trail&apos;s hash chain was intact when the file was opened.</source>
        <translation>
            <numerusform>มี %n รายการ ห่วงโซ่แฮชของบันทึกสมบูรณ์เมื่อเปิดแฟ้ม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is broken: %1</source>
        <translation>บันทึกการแก้ไขไม่สมบูรณ์: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no file is open</source>
        <translation>ยังไม่ได้เปิดแฟ้ม</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Export the audit trail</source>
        <translation>ส่งออกบันทึกการแก้ไข</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This assessment</source>
        <translation>การประเมินนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its plan (type &quot;measure 2&quot; for one measure)</source>
        <translation>มาตรการของการประเมินนี้ (พิมพ์ &quot;measure 2&quot; เพื่อดูมาตรการเดียว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file</source>
        <translation>ทั้งแฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: a code, a measure, a name, a value</source>
        <translation>กรอง: รหัส มาตรการ ชื่อ หรือค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
</context>
<context>
    <name>ita::gui::Banner</name>
    <message>
        <location filename="../../src/gui/Banner.cpp" line="+59"/>
        <source>Checking this file: its pages, its audit trail and the seal of every stored record. You can work meanwhile; a change made outside ITA Planner is shown here when the check finds it.</source>
        <translation>กำลังตรวจสอบแฟ้มนี้: ทุกหน้าของแฟ้ม ประวัติการแก้ไข และตราประทับของทุกรายการที่บันทึกไว้ ระหว่างนี้ทำงานต่อได้ หากพบการแก้ไขจากภายนอก ITA Planner จะแจ้งที่แถบนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 The window shows what can still be read, and it can be exported; nothing more is written to this file.</source>
        <translation>%1 หน้าต่างแสดงเท่าที่ยังอ่านได้และส่งออกได้ แต่จะไม่บันทึกสิ่งใดลงแฟ้มนี้อีก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: %1. You can look at everything and export it; nothing can be changed.</source>
        <translation>อ่านอย่างเดียว: %1 ท่านดูและส่งออกได้ทุกอย่าง แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only: this file (or its folder) cannot be written. You can look at everything and export it; nothing can be changed.</source>
        <translation>อ่านอย่างเดียว: ไม่มีสิทธิ์เขียนแฟ้มนี้ (หรือโฟลเดอร์ของแฟ้ม) ดูและส่งออกได้ทุกอย่าง แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: the file was opened for reading. You can look at everything and export it; nothing can be changed.</source>
        <translation>อ่านอย่างเดียว: เปิดแฟ้มเพื่ออ่าน ดูและส่งออกได้ทุกอย่าง แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integrity check was stopped, so this file is not checked this time. Opening the file again checks it.</source>
        <translation>หยุดการตรวจสอบความครบถ้วนแล้ว ครั้งนี้แฟ้มจึงยังไม่ได้ตรวจสอบ เปิดแฟ้มอีกครั้งเพื่อตรวจสอบ</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was changed outside ITA Planner, and its audit trail does not account for it: %1. What the window shows may not be what the group recorded.</source>
        <translation>แฟ้มนี้ถูกแก้ไขนอกโปรแกรม ITA Planner โดยไม่มีบันทึกการแก้ไขรองรับ: %1 ข้อมูลที่แสดงอาจไม่ตรงกับที่คณะทำงานบันทึกไว้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail of this file is broken: %1. Records may have been changed outside ITA Planner; View → Audit Trail shows them.</source>
        <translation>บันทึกการแก้ไขของแฟ้มนี้ไม่สมบูรณ์: %1 อาจมีการแก้ไขบันทึกนอกโปรแกรม ITA Planner ดูได้ที่ มุมมอง → บันทึกการแก้ไข</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop the Check</source>
        <translation>หยุดการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>ita::gui::DashboardView</name>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="+95"/>
        <source>Choose an agency and a fiscal year.</source>
        <translation>เลือกหน่วยงานและปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Indicator %1 %2 — click to see its items</source>
        <translation>ตัวชี้วัดที่ %1 %2 — คลิกเพื่อดูข้อคำถาม</translation>
    </message>
</context>
<context>
    <name>ita::gui::DraftDialog</name>
    <message>
        <location filename="../../src/gui/DraftDialog.cpp" line="+37"/>
        <source>Draft Measures</source>
        <translation>ร่างมาตรการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal and its steps</source>
        <translation>ข้อเสนอและขั้นตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>ตอบข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit</source>
        <translation>ความเหมาะสม</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposals from the measures library and last year&apos;s plan for the items that no measure answers yet, best first. The best are ticked; tick what to take. Every drafted cell stays marked in the plan until someone edits or accepts it.</source>
        <translation>ข้อเสนอจากคลังมาตรการและแผนปีก่อน สำหรับข้อที่ยังไม่มีมาตรการ เรียงจากเหมาะสมที่สุด ข้อเสนอที่ดีที่สุดถูกเลือกไว้แล้ว เลือกสิ่งที่จะนำไปใช้ ทุกช่องที่เป็นร่างจะมีเครื่องหมายในแผนจนกว่าจะมีผู้แก้ไขหรือยอมรับ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the Ticked Measures</source>
        <translation>นำมาตรการที่เลือกไปใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick All</source>
        <translation>ไม่เลือกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indicator %1 %2</source>
        <translation>ตัวชี้วัดที่ %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep monitoring (last year&apos;s): %1</source>
        <translation>ติดตามต่อ (ของปีก่อน): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s: %1</source>
        <translation>ของปีก่อน: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The matching rule&apos;s score (data/library/README.md): the more items it answers, and the more closely, the higher.</source>
        <translation>คะแนนตามเกณฑ์การจับคู่ (data/library/README.md): ยิ่งตอบได้หลายข้อและตรงประเด็นมาก คะแนนยิ่งสูง</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Monitoring: %1</source>
        <translation>การกำกับติดตาม: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No unit of the agency takes these roles yet, so the drafts name the roles themselves: %1. Give each role to a unit (the plan&apos;s units) and draft again, or edit the units cell.</source>
        <translation>ยังไม่มีหน่วยงานใดรับบทบาทเหล่านี้ ร่างจึงระบุชื่อบทบาทแทน: %1 โปรดกำหนดบทบาทให้หน่วยงานแล้วร่างอีกครั้ง หรือแก้ไขช่องหน่วยงาน</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ticked: %1 measures, %2 steps, answering %3 items; %4 items would stay without a measure.</source>
        <translation>เลือกไว้ %1 มาตรการ %2 ขั้นตอน ตอบ %3 ข้อ ยังไม่มีมาตรการ %4 ข้อ</translation>
    </message>
</context>
<context>
    <name>ita::gui::FileController</name>
    <message>
        <location filename="../../src/gui/FileController.cpp" line="+39"/>
        <source>File on a Network Share</source>
        <translation>แฟ้มอยู่บนเครือข่าย</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New ITA Planner file</source>
        <translation>สร้างแฟ้ม ITA Planner ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>ITA Planner files (*.itadb)</source>
        <translation>แฟ้ม ITA Planner (*.itadb)</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+3"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ITA Planner files (*.itadb);;All files (*)</source>
        <translation>แฟ้ม ITA Planner (*.itadb);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be opened.</source>
        <translation>เปิดแฟ้มไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; the previous file stays open.</source>
        <translation>เปิดแฟ้มไม่ได้ แฟ้มเดิมยังเปิดอยู่</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password was not kept: the desktop&apos;s keyring is not available (%1). You will be asked again.</source>
        <translation>ไม่ได้เก็บรหัสผ่าน เพราะไม่มีพวงกุญแจ (keyring) ของเดสก์ท็อป (%1) ครั้งหน้าจะถามอีก</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Connect to Server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 is empty. Set it up for ITA Planner now? This creates its tables and the roles ita_planner_admin, ita_planner_editor and ita_planner_reader, and needs a login that may create roles.</source>
        <translation>ฐานข้อมูล %1 ยังว่างอยู่ จะจัดเตรียมสำหรับ ITA Planner เลยหรือไม่ การจัดเตรียมจะสร้างตารางและบทบาท ita_planner_admin ita_planner_editor และ ita_planner_reader และต้องใช้ผู้ใช้ที่สร้างบทบาทได้</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Save a Copy As</source>
        <translation>บันทึกสำเนาเป็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>บันทึกสำเนาไว้ที่ %1</translation>
    </message>
</context>
<context>
    <name>ita::gui::FindingsPanel</name>
    <message>
        <location filename="../../src/gui/FindingsPanel.cpp" line="+63"/>
        <source>No findings: stated grades and scores agree with the data.</source>
        <translation>ไม่พบข้อสังเกต: ระดับและคะแนนที่ระบุสอดคล้องกับข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s); double-click one to go to its row.</source>
        <translation>
            <numerusform>พบข้อสังเกต %n รายการ ดับเบิลคลิกเพื่อไปยังแถวนั้น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ita::gui::FrameworkEditor</name>
    <message>
        <location filename="../../src/gui/FrameworkEditor.cpp" line="+147"/>
        <location line="+5"/>
        <source>Framework %1</source>
        <translation>กรอบการประเมิน %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Buddhist Era years, e.g. 2569, 2570</source>
        <translation>ปีพุทธศักราช เช่น 2569, 2570</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id:</source>
        <translation>รหัสกรอบ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Thai):</source>
        <translation>ชื่อ (ภาษาไทย):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English):</source>
        <translation>ชื่อ (ภาษาอังกฤษ):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent below:</source>
        <translation>เร่งด่วนเมื่อต่ำกว่า:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolerance:</source>
        <translation>ค่าคลาดเคลื่อนที่ยอมรับ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal years:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OIT window:</source>
        <translation>ช่วงประเมิน OIT:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year of the information</source>
        <translation>ปีของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information elements (OIT)</source>
        <translation>องค์ประกอบด้านข้อมูล (OIT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an OIT item must show (องค์ประกอบด้านข้อมูล), one a line when edited: paste the manual&apos;s list</source>
        <translation>สิ่งที่ข้อ OIT ต้องแสดง (องค์ประกอบด้านข้อมูล) บรรทัดละหนึ่งรายการเมื่อแก้ไข: วางรายการจากคู่มือได้ทันที</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add under…</source>
        <translation>เพิ่มใต้รายการนี้…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows (code | title | parent)</source>
        <translation>วางแถว (รหัส | ชื่อ | สังกัด)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted items replace their tool&apos;s items</source>
        <translation>ข้อที่วางแทนที่ข้อเดิมของเครื่องมือเดียวกัน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add under %1</source>
        <translation>เพิ่มใต้ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>รหัส:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Level (Thai)</source>
        <translation>ระดับ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level (English)</source>
        <translation>ระดับ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tool at least</source>
        <translation>ทุกเครื่องมือไม่ต่ำกว่า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports say &quot;grade A&quot;</source>
        <translation>รายงานเขียนว่า &quot;ระดับ A&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports say &quot;result: pass&quot;</source>
        <translation>รายงานเขียนว่า &quot;ผลการประเมิน: ผ่าน&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this scheme</source>
        <translation>ใช้เกณฑ์นี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add level</source>
        <translation>เพิ่มระดับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New level</source>
        <translation>ระดับใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a rating level</source>
        <translation>เพิ่มระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove level</source>
        <translation>ลบระดับ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove rating level %1</source>
        <translation>ลบระดับ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tools, indicators and items</source>
        <translation>เครื่องมือ ตัวชี้วัด และข้อคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+377"/>
        <source>Rating scheme</source>
        <translation>เกณฑ์ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No problems: the framework can be saved.</source>
        <translation>ไม่พบปัญหา บันทึกกรอบการประเมินได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a score: write it like 85 or 0.01, with &quot;.&quot; as the decimal mark.</source>
        <translation>&quot;%1&quot; ไม่ใช่คะแนน เขียนแบบ 85 หรือ 0.01 โดยใช้ &quot;.&quot; เป็นจุดทศนิยม</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit the framework&apos;s details</source>
        <translation>แก้ไขรายละเอียดกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <location line="+11"/>
        <source>%1 is not in the framework</source>
        <translation>ไม่มี %1 ในกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>a weight is a number above 0 and at most 1, such as 0.30</source>
        <translation>น้ำหนักต้องมากกว่า 0 และไม่เกิน 1 เช่น 0.30</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a role is &quot;analysis&quot;, &quot;implementation&quot; or empty</source>
        <translation>บทบาทคือ &quot;analysis&quot; (การวิเคราะห์และมาตรการ) &quot;implementation&quot; (ผลการดำเนินการ) หรือเว้นว่าง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date rule is &quot;assessed_year&quot;, &quot;previous_year&quot; or empty</source>
        <translation>ปีของข้อมูลต้องเป็น &quot;assessed_year&quot;, &quot;previous_year&quot; หรือว่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an item has a date rule</source>
        <translation>กำหนดปีของข้อมูลได้เฉพาะข้อคำถาม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only an item has information elements</source>
        <translation>กำหนดองค์ประกอบด้านข้อมูลได้เฉพาะข้อคำถาม</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>code %1 is already in the framework</source>
        <translation>มีรหัส %1 ในกรอบการประเมินแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>framework</source>
        <translation>กรอบการประเมิน</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Add %1 under %2</source>
        <translation>เพิ่ม %1 ใต้ %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pasted rows</source>
        <translation>แถวที่วาง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (role “%2”)</source>
        <translation>%1 (บทบาท “%2”)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>วาง %n แถว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paste removed %1: give each role to its new item in the Role column (O25 and O26 in a FY2569 list).</source>
        <translation>การวางรายการได้ลบ %1 ออก: กำหนดบทบาทแต่ละบทบาทให้ข้อใหม่ในคอลัมน์บทบาท (ข้อ O25 และ O26 ในรายการของปีงบประมาณ 2569)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste rows</source>
        <translation>วางแถว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the rating scheme: %1</source>
        <translation>ใช้เกณฑ์: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a score: write it like 85 or 92.50, with &quot;.&quot; as the decimal mark.</source>
        <translation>&quot;%1&quot; ไม่ใช่คะแนน เขียนแบบ 85 หรือ 92.50 โดยใช้ &quot;.&quot; เป็นจุดทศนิยม</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit the rating scheme</source>
        <translation>แก้ไขเกณฑ์ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The framework has changes that are not saved. Save them?</source>
        <translation>กรอบการประเมินมีการแก้ไขที่ยังไม่บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+14"/>
        <source>New framework</source>
        <translation>กรอบการประเมินใหม่</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fiscal year (BE) of the new framework, copied from %1:</source>
        <translation>ปีงบประมาณ (พ.ศ.) ของกรอบใหม่ ที่คัดลอกจาก %1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file already has framework %1. It opens for editing instead.</source>
        <translation>แฟ้มมีกรอบการประเมิน %1 อยู่แล้ว จะเปิดกรอบนั้นให้แก้ไขแทน</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Edit the framework</source>
        <translation>แก้ไขกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The file is open read-only: frameworks cannot be changed.</source>
        <translation>แฟ้มเปิดแบบอ่านอย่างเดียว จึงแก้ไขกรอบการประเมินไม่ได้</translation>
    </message>
</context>
<context>
    <name>ita::gui::GuideDialog</name>
    <message>
        <location filename="../../src/gui/GuideDialog.cpp" line="+17"/>
        <source>ITA Planner User Guide</source>
        <translation>คู่มือการใช้งาน ITA Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ita::gui::ImportDialog</name>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="+42"/>
        <source>Replace scores already stored for the same agency and year</source>
        <translation>แทนที่คะแนนเดิมของหน่วยงานและปีเดียวกัน</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+85"/>
        <location line="+52"/>
        <location line="+15"/>
        <source>Import scores</source>
        <translation>นำเข้าคะแนน</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Type or paste a path, or choose the file</source>
        <translation>พิมพ์หรือวางที่อยู่แฟ้ม หรือกดเลือกแฟ้ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect (UTF-8 or Thai Windows-874)</source>
        <translation>ตรวจหาอัตโนมัติ (UTF-8 หรือ Windows-874 ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose file…</source>
        <translation>เลือกแฟ้ม…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>แฟ้ม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency (when the file has no agency column):</source>
        <translation>หน่วยงาน (เมื่อแฟ้มไม่มีคอลัมน์หน่วยงาน):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year, BE (when the file has no year column):</source>
        <translation>ปีงบประมาณ พ.ศ. (เมื่อแฟ้มไม่มีคอลัมน์ปี):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>การเข้ารหัส:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Scores (*.csv *.json);;All files (*)</source>
        <translation>แฟ้มคะแนน (*.csv *.json);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูล: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no details</source>
        <translation>ไม่มีรายละเอียด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: in this file %2; in the import %3</source>
        <translation>%1: ในแฟ้มนี้ %2 ในข้อมูลที่นำเข้า %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agency name(s) of the import are already in this file with other details. Is each the same agency?</source>
        <translation>
            <numerusform>ชื่อหน่วยงาน %n ชื่อในข้อมูลที่นำเข้ามีอยู่แล้วในแฟ้มนี้แต่รายละเอียดต่างกัน เป็นหน่วยงานเดียวกันหรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same agencies: update their details</source>
        <translation>เป็นหน่วยงานเดียวกัน: ปรับรายละเอียด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Different agencies: cancel, and rename them in the file</source>
        <translation>เป็นคนละหน่วยงาน: ยกเลิก แล้วเปลี่ยนชื่อในแฟ้มข้อมูล</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: give the other agencies names of their own (with the province, for example) and import again.</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด ๆ ให้ตั้งชื่อหน่วยงานอื่นให้ไม่ซ้ำ (เช่น ต่อท้ายด้วยชื่อจังหวัด) แล้วนำเข้าใหม่</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no framework serves fiscal year %1 yet: create it with the button below, as a copy of the latest one to edit from the NACC&apos;s manual</source>
        <translation>ยังไม่มีกรอบการประเมินของปีงบประมาณ %1: กดปุ่มด้านล่างเพื่อสร้างจากกรอบล่าสุด แล้วแก้ไขตามคู่มือของ ป.ป.ช.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n error(s): fix the file and choose it again; nothing will be stored.</source>
        <translation>
            <numerusform>พบข้อผิดพลาด %n รายการ: แก้ไขแฟ้มแล้วเลือกใหม่ จะไม่มีการบันทึกใด ๆ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) ready in %1 assessment(s).</source>
        <translation>
            <numerusform>พร้อมนำเข้า %n แถว ใน %1 การประเมิน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 are shown.</source>
        <translation>แสดง %1 แถวแรก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the framework for fiscal year %1 from the latest one…</source>
        <translation>สร้างกรอบการประเมินปีงบประมาณ %1 จากกรอบล่าสุด…</translation>
    </message>
</context>
<context>
    <name>ita::gui::LibraryDialog</name>
    <message>
        <location filename="../../src/gui/LibraryDialog.cpp" line="+59"/>
        <source>Measures Library</source>
        <translation>คลังมาตรการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, items, keywords and steps</source>
        <translation>ค้นหาชื่อมาตรการ ข้อ คำสำคัญ และขั้นตอน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>ตอบข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete from the File&apos;s Library</source>
        <translation>ลบออกจากคลังของแฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the entry; a bundled entry is saved as the file&apos;s own version</source>
        <translation>แก้ไขมาตรการ มาตรการที่มากับโปรแกรมจะบันทึกเป็นฉบับของแฟ้มนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>รวมมาตรการ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the two selected entries one (select two rows with Ctrl)</source>
        <translation>รวมมาตรการสองรายการที่เลือกเป็นรายการเดียว (กด Ctrl ค้างแล้วเลือกสองแถว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a Library File…</source>
        <translation>นำเข้าแฟ้มคลังมาตรการ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import a Library File</source>
        <translation>นำเข้าแฟ้มคลังมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library (*.json *.csv)</source>
        <translation>คลังมาตรการ (*.json *.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the Library</source>
        <translation>ส่งออกคลังมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library, JSON (*.json);;Library, CSV for a spreadsheet (*.csv)</source>
        <translation>คลังมาตรการ แบบ JSON (*.json);;คลังมาตรการ แบบ CSV สำหรับโปรแกรมตารางคำนวณ (*.csv)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>this file: %1</source>
        <translation>แฟ้มนี้: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of %2 measures shown; %3 in this file&apos;s own library.</source>
        <translation>แสดง %1 จาก %2 มาตรการ อยู่ในคลังของแฟ้มนี้ %3 มาตรการ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answers:</source>
        <translation>ตอบข้อ:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monitoring:</source>
        <translation>การกำกับติดตาม:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting:</source>
        <translation>การรายงานผล:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>ที่มา:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select the two entries to merge (Ctrl+click the second).</source>
        <translation>โปรดเลือกมาตรการสองรายการที่จะรวม (กด Ctrl ค้างแล้วคลิกรายการที่สอง)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an entry first.</source>
        <translation>เลือกมาตรการก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundled entries cannot be deleted; save your own version instead.</source>
        <translation>ลบมาตรการที่มากับโปรแกรมไม่ได้ ให้บันทึกฉบับของหน่วยงานแทน</translation>
    </message>
</context>
<context>
    <name>ita::gui::LibraryEntryDialog</name>
    <message>
        <location filename="../../src/gui/LibraryEntryDialog.cpp" line="+69"/>
        <source>Urgent</source>
        <translation>แก้ไขเร่งด่วน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improve</source>
        <translation>พัฒนาให้ดีขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintain</source>
        <translation>รักษาระดับ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Library Entry</source>
        <translation>มาตรการในคลัง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>indicator themes 1–10, e.g. 2; 5</source>
        <translation>ประเด็นตัวชี้วัด 1–10 เช่น 2; 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIT sub-indicators, e.g. 9.1; 10.2</source>
        <translation>ตัวชี้วัดย่อย OIT เช่น 9.1; 10.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words matched in item titles, e.g. ร้องเรียน; No Gift</source>
        <translation>คำที่ค้นในชื่อข้อคำถาม เช่น ร้องเรียน; No Gift</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timing</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible (roles)</source>
        <translation>ผู้รับผิดชอบ (บทบาท)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timing: Q1–Q4, a span such as Q1-Q2 or M3-M5 (fiscal months, 1 = October), before_oit_window, after_approval or whole_year. Responsible: role names separated by &quot;;&quot;.</source>
        <translation>ช่วงเวลา: Q1–Q4 ช่วงเช่น Q1-Q2 หรือ M3-M5 (เดือนของปีงบประมาณ 1 = ตุลาคม) before_oit_window, after_approval หรือ whole_year  ผู้รับผิดชอบ: ชื่อบทบาทคั่นด้วย &quot;;&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a Step</source>
        <translation>เพิ่มขั้นตอน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the Step</source>
        <translation>ลบขั้นตอน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one monitoring line per line</source>
        <translation>การติดตามบรรทัดละหนึ่งข้อ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator themes</source>
        <translation>ประเด็นตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-indicators</source>
        <translation>ตัวชี้วัดย่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>คำสำคัญ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item roles</source>
        <translation>บทบาทข้อคำถาม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suits</source>
        <translation>เหมาะกับกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring</source>
        <translation>การติดตาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting</source>
        <translation>การรายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to</source>
        <translation>รายงานต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to the File&apos;s Library</source>
        <translation>บันทึกลงคลังของแฟ้มนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>theme &quot;%1&quot; is not an indicator theme 1–10</source>
        <translation>ประเด็น &quot;%1&quot; ไม่ใช่ประเด็นตัวชี้วัด 1–10</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>step %1: timing &quot;%2&quot; is not within the fiscal year (Q1–Q4, Q1-Q2, M3-M5, before_oit_window, after_approval or whole_year)</source>
        <translation>ขั้นตอนที่ %1: ช่วงเวลา &quot;%2&quot; ไม่อยู่ในปีงบประมาณ (Q1–Q4, Q1-Q2, M3-M5, before_oit_window, after_approval หรือ whole_year)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %1: &quot;%2&quot; is not one of the library&apos;s roles (%3)</source>
        <translation>ขั้นตอนที่ %1: &quot;%2&quot; ไม่ใช่บทบาทในคลังมาตรการ (%3)</translation>
    </message>
</context>
<context>
    <name>ita::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="+347"/>
        <source>&amp;File</source>
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>เปิดแฟ้ม&amp;ล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>สร้าง&amp;ใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;เปิด…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Save a &amp;Copy As…</source>
        <translation>บันทึก&amp;สำเนาเป็น…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>&amp;Import Scores…</source>
        <translation>&amp;นำเข้าคะแนน…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Undo</source>
        <translation>เ&amp;ลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Paste Scores</source>
        <translation>&amp;วางคะแนน</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The connection to the server is back; you can edit again.</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ได้อีกแล้ว แก้ไขได้ตามปกติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server is lost: read-only until it returns.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย อ่านได้อย่างเดียวจนกว่าจะเชื่อมต่อได้อีก</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Connect to &amp;Server…</source>
        <translation>เชื่อมต่อ&amp;เซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Framework…</source>
        <translation>สร้าง&amp;กรอบการประเมินใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new year&apos;s assessment design, copied from the latest one</source>
        <translation>กรอบการประเมินของปีใหม่ คัดลอกจากกรอบล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit the Framework…</source>
        <translation>แก้ไขกรอบการ&amp;ประเมิน…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;คู่มือการใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample</source>
        <translation>เปิด&amp;ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundled sample agency, in its own file</source>
        <translation>หน่วยงานตัวอย่างที่มากับโปรแกรม ในแฟ้มของตัวเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ITA Planner</source>
        <translation>&amp;เกี่ยวกับ ITA Planner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste code and score columns copied from a spreadsheet</source>
        <translation>วางคอลัมน์รหัสและคะแนนที่คัดลอกจากตารางคำนวณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Sub-item</source>
        <translation>เ&amp;พิ่มข้อย่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Sub-item</source>
        <translation>&amp;ลบข้อย่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio</source>
        <translation>ภาพรวมหลายหน่วยงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;เปิดแฟ้ม&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+85"/>
        <source>ITA Planner</source>
        <translation>ITA Planner — วางแผนพัฒนาคุณธรรมและความโปร่งใส</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Copy to a File…</source>
        <translation>&amp;คัดลอกลงแฟ้ม…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No assessment open</source>
        <translation>ยังไม่ได้เลือกการประเมิน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · FY %2 BE · overall %3 (%4)</source>
        <translation>%1 · ปีงบประมาณ พ.ศ. %2 · คะแนนภาพรวม %3 (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items: ★ %1 · ▲ %2 · ! %3</source>
        <translation>ข้อคำถาม: ★ %1 · ▲ %2 · ! %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>⚠ %n finding(s)</source>
        <translation>
            <numerusform>⚠ ข้อสังเกต %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>About ITA Planner</source>
        <translation>เกี่ยวกับ ITA Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ITA Planner %1&lt;/h3&gt;&lt;p&gt;Analysis and improvement planning for the Integrity and Transparency Assessment (ITA) of Thai government agencies.&lt;/p&gt;&lt;p&gt;MIT licence. The Sarabun fonts are under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ITA Planner %1&lt;/h3&gt;&lt;p&gt;การวิเคราะห์ผลและวางแผนยกระดับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)&lt;/p&gt;&lt;p&gt;สัญญาอนุญาต MIT แบบอักษร Sarabun ใช้สัญญาอนุญาต SIL Open Font License 1.1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import scores</source>
        <translation>นำเข้าคะแนน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูล: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n assessment(s).</source>
        <translation>
            <numerusform>นำเข้าแล้ว %n การประเมิน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New assessment</source>
        <translation>การประเมินใหม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Paste scores</source>
        <translation>วางคะแนน</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Pasted %n score(s).</source>
        <translation>
            <numerusform>วางคะแนนแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows that were not used:</source>
        <translation>แถวที่ไม่ได้ใช้:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an item first: %1</source>
        <translation>เลือกข้อคำถามก่อน: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This file is open read-only: the agency&apos;s details cannot be changed.</source>
        <translation>แฟ้มนี้เปิดแบบอ่านอย่างเดียว จึงแก้ไขข้อมูลหน่วยงานไม่ได้</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>&amp;Undo: %1</source>
        <translation>เ&amp;ลิกทำ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;ทำซ้ำ: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Plan</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>ภาพรวมผู้บริหาร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Presentation</source>
        <translation>โหมด&amp;นำเสนอ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>What-if</source>
        <translation>สมมติสถานการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>แนวโน้ม</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Reports and Export…</source>
        <translation>&amp;รายงานและส่งออก…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The published PDF, an editable ODT, CSV files, printing</source>
        <translation>รายงาน PDF สำหรับเผยแพร่ ODT สำหรับแก้ไข แฟ้ม CSV และการพิมพ์</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Another user changed this file: the views show what is stored now.</source>
        <translation>มีผู้ใช้อื่นแก้ไขแฟ้มนี้ หน้าจอแสดงข้อมูลที่บันทึกล่าสุดแล้ว</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Your &amp;Name in the Audit Trail…</source>
        <translation>&amp;ชื่อของท่านในบันทึกการแก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit Trail</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Your Name in the Audit Trail</source>
        <translation>ชื่อของท่านในบันทึกการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail records this name with every change you make (empty: your login name, %1).</source>
        <translation>บันทึกการแก้ไขจะใช้ชื่อนี้กับทุกการแก้ไขของท่าน (เว้นว่าง: ใช้ชื่อผู้ใช้ของเครื่อง %1)</translation>
    </message>
</context>
<context>
    <name>ita::gui::NavigatorWidget</name>
    <message>
        <location filename="../../src/gui/NavigatorWidget.cpp" line="+129"/>
        <location line="+173"/>
        <source>Agency and fiscal year</source>
        <translation>หน่วยงานและปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New agency…</source>
        <translation>เพิ่มหน่วยงาน…</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+213"/>
        <source>New fiscal year…</source>
        <translation>เพิ่มปีงบประมาณ…</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Agency details…</source>
        <translation>ข้อมูลหน่วยงาน…</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>Reading %n assessment(s)…</source>
        <translation>
            <numerusform>กำลังอ่านผลการประเมิน %n รายการ…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Search agencies…</source>
        <translation>ค้นหาหน่วยงาน…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By parent</source>
        <translation>แยกตามสังกัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By province</source>
        <translation>แยกตามจังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By group</source>
        <translation>แยกตามกลุ่ม</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+190"/>
        <source>Fiscal year %1 BE</source>
        <translation>ปีงบประมาณ พ.ศ. %1</translation>
    </message>
</context>
<context>
    <name>ita::gui::NewAssessmentDialog</name>
    <message>
        <location filename="../../src/gui/NewAssessmentDialog.cpp" line="+22"/>
        <source>New assessment</source>
        <translation>การประเมินใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the agency</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Agency:</source>
        <translation>หน่วยงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year (BE):</source>
        <translation>ปีงบประมาณ (พ.ศ.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework:</source>
        <translation>กรอบการประเมิน:</translation>
    </message>
</context>
<context>
    <name>ita::gui::OitView</name>
    <message>
        <location filename="../../src/gui/OitView.cpp" line="+284"/>
        <source>Agency website:</source>
        <translation>เว็บไซต์หน่วยงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency&apos;s main website: the NACC expects the OIT information there, so links on other sites are flagged.</source>
        <translation>เว็บไซต์หลักของหน่วยงาน: สำนักงาน ป.ป.ช. ตรวจข้อมูล OIT บนเว็บไซต์นี้ ลิงก์ที่อยู่บนเว็บไซต์อื่นจึงถูกทักท้วง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check on the web</source>
        <translation>ตรวจบนเว็บ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nothing is sent; the last stored results are shown. On: only the plan&apos;s own links are requested (GET), through the system&apos;s proxy.</source>
        <translation>ปิด: ไม่ส่งสิ่งใดออกไป แสดงผลที่บันทึกไว้ครั้งล่าสุด เปิด: ขอเฉพาะลิงก์ของแผนนี้ (GET) ผ่านพร็อกซีของระบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check links</source>
        <translation>ตรวจลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Asks the web for every link of every item</source>
        <translation>ตรวจทุกลิงก์ของทุกข้อบนเว็บ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Check again</source>
        <translation>ตรวจอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the links never checked, those that failed, and those checked more than a day ago</source>
        <translation>เฉพาะลิงก์ที่ยังไม่เคยตรวจ ตรวจไม่ผ่าน หรือตรวจมานานกว่าหนึ่งวัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+292"/>
        <location line="+6"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>วันที่ของข้อมูล</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Links</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add link</source>
        <translation>เพิ่มลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>ลบลิงก์</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The framework lists no information elements for this item (add them in the framework editor or its structure CSV).</source>
        <translation>กรอบการประเมินไม่ได้ระบุองค์ประกอบด้านข้อมูลของข้อนี้ (เพิ่มได้ในตัวแก้ไขกรอบการประเมินหรือไฟล์ CSV โครงสร้าง)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information elements found on the page (tick each)</source>
        <translation>องค์ประกอบด้านข้อมูลที่พบบนหน้าเว็บ (ทำเครื่องหมายทีละข้อ)</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Explanation for ITAS</source>
        <translation>คำอธิบายสำหรับระบบ ITAS</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>The agency&apos;s OIT web page (HTML)…</source>
        <translation>หน้าเว็บ OIT ของหน่วยงาน (HTML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links and explanations for ITAS (CSV)…</source>
        <translation>ลิงก์และคำอธิบายสำหรับระบบ ITAS (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness report for the executive (PDF)…</source>
        <translation>รายงานความพร้อมสำหรับผู้บริหาร (PDF)…</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Link or file</source>
        <translation>ลิงก์หรือไฟล์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of year</source>
        <translation>ข้อมูลปี</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address entered in ITAS, or a local file still to upload</source>
        <translation>ที่อยู่ที่กรอกในระบบ ITAS หรือไฟล์ในเครื่องที่ยังต้องอัปโหลด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short title of the information</source>
        <translation>ชื่อสั้น ๆ ของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the information (day/month/year, BE or CE)</source>
        <translation>วันที่ของข้อมูล (วัน/เดือน/ปี พ.ศ. หรือ ค.ศ.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fiscal year (BE) the information covers</source>
        <translation>ปีงบประมาณ (พ.ศ.) ที่ข้อมูลครอบคลุม</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking on the web is off: nothing is sent.</source>
        <translation>ปิดการตรวจบนเว็บอยู่: ไม่ส่งสิ่งใดออกไป</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open an agency&apos;s plan to see its OIT checklist.</source>
        <translation>เปิดแผนของหน่วยงานเพื่อดูรายการตรวจ OIT</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OIT ready: %1 of %2 items, %3 days before the window opens (%4).</source>
        <translation>OIT พร้อม %1 จาก %2 ข้อ อีก %3 วันระบบเปิด (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OIT ready: %1 of %2 items; the window opened on %3.</source>
        <translation>OIT พร้อม %1 จาก %2 ข้อ ระบบเปิดแล้วเมื่อ %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If assessed today: OIT %1, overall %2, %3.</source>
        <translation>หากประเมินวันนี้: OIT %1 คะแนนภาพรวม %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If assessed today: OIT %1 (the file has no %2 results for the overall).</source>
        <translation>หากประเมินวันนี้: OIT %1 (ไม่มีผลการประเมินปี %2 ในแฟ้มสำหรับคะแนนภาพรวม)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>OK</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link %1: %2</source>
        <translation>ลิงก์ %1: %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Every link was checked within the day; nothing to check again.</source>
        <translation>ทุกลิงก์ตรวจแล้วภายในวันนี้ ไม่มีลิงก์ที่ต้องตรวจอีก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 links</source>
        <translation>%1 จาก %2 ลิงก์</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Web page (*.html)</source>
        <translation>หน้าเว็บ (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plan is open.</source>
        <translation>ยังไม่ได้เปิดแผน</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The link check could not be stored: %1</source>
        <translation>บันทึกผลการตรวจลิงก์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link check stopped: %1 links checked.</source>
        <translation>หยุดตรวจลิงก์แล้ว: ตรวจไป %1 ลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link check done: %1 links checked.</source>
        <translation>ตรวจลิงก์เสร็จ: %1 ลิงก์</translation>
    </message>
</context>
<context>
    <name>ita::gui::PlanView</name>
    <message>
        <location filename="../../src/gui/PlanView.cpp" line="+344"/>
        <source>Measures</source>
        <translation>ตารางมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gantt</source>
        <translation>แผนภูมิแกนต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload by unit</source>
        <translation>ภาระงานของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom:</source>
        <translation>ขยาย:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole year</source>
        <translation>ทั้งปี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half year</source>
        <translation>ครึ่งปี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No plan</source>
        <translation>ยังไม่มีมาตรการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures of %1 for fiscal year %2 BE, answering the results of %3</source>
        <translation>มาตรการของ %1 ประจำปีงบประมาณ พ.ศ. %2 จากผลการประเมินปี %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coverage: every improve and urgent item has a measure, and every step a span and a unit.</source>
        <translation>ความครอบคลุม: ทุกประเด็นที่ต้องพัฒนาและแก้ไขเร่งด่วนมีมาตรการ และทุกขั้นตอนมีระยะเวลาและหน่วยงาน</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Coverage: nothing is missing; %n measure(s) have drafted cells to review.</source>
        <translation>
            <numerusform>ความครอบคลุม: ไม่มีสิ่งใดขาด มี %n มาตรการที่มีช่องร่างรอตรวจทาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Coverage: %n point(s) to settle.</source>
        <translation>
            <numerusform>ความครอบคลุม: มี %n รายการที่ต้องดำเนินการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) have drafted cells to review.</source>
        <translation>
            <numerusform>มี %n มาตรการที่มีช่องร่างรอตรวจทาน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Q1 (Oct–Dec)</source>
        <translation>ไตรมาส 1 (ต.ค.–ธ.ค.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q2 (Jan–Mar)</source>
        <translation>ไตรมาส 2 (ม.ค.–มี.ค.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q3 (Apr–Jun)</source>
        <translation>ไตรมาส 3 (เม.ย.–มิ.ย.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q4 (Jul–Sep)</source>
        <translation>ไตรมาส 4 (ก.ค.–ก.ย.)</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>OIT publication</source>
        <translation>การเผยแพร่ข้อมูล OIT</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Every improve and urgent item already has a measure.</source>
        <translation>ทุกข้อที่ต้องพัฒนาและแก้ไขเร่งด่วนมีมาตรการแล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n draft measure(s) added; their drafted cells are marked until edited or accepted.</source>
        <translation>
            <numerusform>เพิ่มร่างมาตรการ %n มาตรการแล้ว ช่องที่เป็นร่างมีเครื่องหมายจนกว่าจะแก้ไขหรือยอมรับ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a measure (or one of its steps) first.</source>
        <translation>เลือกมาตรการ (หรือขั้นตอนหนึ่งของมาตรการ) ก่อน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure %1 was saved to the file&apos;s measures library as &quot;%2&quot;; the next drafts can take it.</source>
        <translation>บันทึกมาตรการที่ %1 ลงคลังมาตรการของแฟ้มเป็น &quot;%2&quot; แล้ว การร่างครั้งต่อไปนำไปใช้ได้</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>OIT checklist</source>
        <translation>ตรวจความพร้อม OIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add measure</source>
        <translation>เพิ่มมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add step</source>
        <translation>เพิ่มขั้นตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the current step, or the current measure with its steps</source>
        <translation>ลบขั้นตอนที่เลือก หรือมาตรการที่เลือกพร้อมขั้นตอนทั้งหมด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft measures from the library…</source>
        <translation>ร่างมาตรการจากคลังมาตรการ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the drafted cells</source>
        <translation>ยอมรับช่องที่เป็นร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the measure to the library</source>
        <translation>บันทึกมาตรการลงคลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures library…</source>
        <translation>คลังมาตรการ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units and their roles…</source>
        <translation>หน่วยงานและบทบาท…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the chosen measure, with its steps, quarters, monitoring and reporting, in this file&apos;s measures library, for next year&apos;s drafts and for sharing (library export).</source>
        <translation>เก็บมาตรการที่เลือก พร้อมขั้นตอน ไตรมาส การกำกับติดตาม และการรายงานผล ไว้ในคลังมาตรการของแฟ้มนี้ เพื่อใช้ร่างปีต่อไปและแบ่งปัน (library export)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks the drafted cells of the chosen measure (or of every measure when none is chosen) as reviewed. Editing a cell reviews it too.</source>
        <translation>ทำเครื่องหมายว่าได้ตรวจทานช่องที่เป็นร่างของมาตรการที่เลือก (หรือของทุกมาตรการเมื่อไม่ได้เลือก) การแก้ไขช่องใดถือว่าตรวจทานช่องนั้นแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposes measures with steps, quarters, units and monitoring for every improve or urgent item that no measure answers: from the measures library, the NACC&apos;s recommendations and last year&apos;s plan</source>
        <translation>เสนอมาตรการพร้อมขั้นตอน ไตรมาส หน่วยงาน และการกำกับติดตาม ให้ทุกข้อที่ต้องพัฒนาหรือแก้ไขเร่งด่วนที่ยังไม่มีมาตรการ จากคลังมาตรการ ข้อเสนอแนะของ ป.ป.ช. และแผนปีก่อน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OIT item</source>
        <translation>ข้อ OIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepares the data</source>
        <translation>ผู้รับผิดชอบจัดทำข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collects it</source>
        <translation>ผู้รวบรวมข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>ความถี่การเผยแพร่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
</context>
<context>
    <name>ita::gui::PortfolioView</name>
    <message>
        <location filename="../../src/gui/PortfolioView.cpp" line="+405"/>
        <source>Left out: %1.</source>
        <translation>ไม่นำมาเปรียบเทียบ: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Frameworks: %1. Only the codes they share are compared.</source>
        <translation>กรอบการประเมิน: %1 เปรียบเทียบเฉพาะรหัสที่มีร่วมกัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agencies missing a score: %1. Each missing score is left out of its mean, never counted as zero (the report names them).</source>
        <translation>หน่วยงานที่ขาดคะแนนบางรายการ: %1 แห่ง คะแนนที่ขาดไม่นับรวมในค่าเฉลี่ยของรายการนั้น และไม่นับเป็นศูนย์ (รายงานระบุชื่อหน่วยงาน)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <source>Export the portfolio report</source>
        <translation>ส่งออกรายงานภาพรวมหลายหน่วยงาน</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>%1 could not be written: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Export the ranking</source>
        <translation>ส่งออกตารางลำดับ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The reading was cancelled.</source>
        <translation>ยกเลิกการอ่านแล้ว</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fiscal year %1 BE</source>
        <translation>ปีงบประมาณ พ.ศ. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change from the year before</source>
        <translation>เทียบกับปีก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change since %1 BE</source>
        <translation>เทียบกับ พ.ศ. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The file holds no assessment.</source>
        <translation>ไม่มีผลการประเมินในแฟ้มนี้</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+131"/>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Agencies</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Parent organisation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No subgroups</source>
        <translation>ไม่แยกกลุ่มย่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By province</source>
        <translation>แยกตามจังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By group</source>
        <translation>แยกตามกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By parent</source>
        <translation>แยกตามสังกัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search agencies…</source>
        <translation>ค้นหาหน่วยงาน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report PDF…</source>
        <translation>รายงาน PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking CSV…</source>
        <translation>ตารางลำดับ CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgroups</source>
        <translation>กลุ่มย่อย</translation>
    </message>
</context>
<context>
    <name>ita::gui::ReportDialog</name>
    <message>
        <location filename="../../src/gui/ReportDialog.cpp" line="+49"/>
        <source>Reports and Export</source>
        <translation>รายงานและส่งออก</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Analysis and measures</source>
        <translation>การวิเคราะห์ผลและมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the measures</source>
        <translation>ผลการดำเนินการตามมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report:</source>
        <translation>รายงาน:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic digits (0–9)</source>
        <translation>เลขอารบิก (0–9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai digits (๐–๙)</source>
        <translation>เลขไทย (๐–๙)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits:</source>
        <translation>ตัวเลข:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of:</source>
        <translation>ข้อมูล ณ วันที่:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections</source>
        <translation>หัวข้อในรายงาน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agency&apos;s full name:</source>
        <translation>ชื่อเต็มของหน่วยงาน:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The objectives of the report. Left empty, the report uses a standard text.</source>
        <translation>วัตถุประสงค์ของรายงาน หากเว้นว่าง รายงานจะใช้ข้อความมาตรฐาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objectives:</source>
        <translation>วัตถุประสงค์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is open read-only: the texts cannot be changed, everything can be exported.</source>
        <translation>แฟ้มเปิดแบบอ่านอย่างเดียว: แก้ไขข้อความไม่ได้ แต่ส่งออกได้ทุกอย่าง</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To publish: exactly these pages</source>
        <translation>สำหรับเผยแพร่: ได้หน้าตามนี้ทุกประการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (DOCX)…</source>
        <translation>Word (DOCX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To finish by hand in Word: styles, sections and tables as in the PDF</source>
        <translation>สำหรับแก้ไขต่อใน Word: รูปแบบ ส่วนของเอกสาร และตาราง ตรงกับ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice (ODT)…</source>
        <translation>LibreOffice (ODT)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To finish by hand in LibreOffice, with the Sarabun font inside</source>
        <translation>สำหรับแก้ไขต่อใน LibreOffice มีแบบอักษร Sarabun ฝังอยู่ในแฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores CSV…</source>
        <translation>CSV คะแนน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan CSV…</source>
        <translation>CSV มาตรการ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Preview…</source>
        <translation>ตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The report cannot be made: %1</source>
        <translation>สร้างรายงานไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n page(s), A4</source>
        <translation>
            <numerusform>%n หน้า ขนาด A4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The objectives could not be stored: %1</source>
        <translation>บันทึกวัตถุประสงค์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Drafts not reviewed</source>
        <translation>ร่างที่ยังไม่ได้ตรวจทาน</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The plan still has %n drafted cell(s) that nobody has reviewed. A published plan is scored: review them first, or export as it is?</source>
        <translation>
            <numerusform>แผนยังมีช่องที่เป็นร่าง %n ช่องที่ยังไม่มีผู้ตรวจทาน แผนที่เผยแพร่จะถูกนำไปประเมิน จะตรวจทานก่อน หรือส่งออกตามที่เป็นอยู่</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the Drafts</source>
        <translation>ไปที่ร่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Anyway</source>
        <translation>ส่งออกเลย</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was written: %1</source>
        <translation>ไม่ได้บันทึกแฟ้ม: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to %1</source>
        <translation>บันทึกแล้วที่ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ita::gui::ScoresView</name>
    <message>
        <location filename="../../src/gui/ScoresView.cpp" line="+48"/>
        <source>A number from 0 to 100, such as 85.00; empty to compute it from its parts</source>
        <translation>ตัวเลข 0 ถึง 100 เช่น 85.00 เว้นว่างไว้เพื่อคำนวณจากองค์ประกอบย่อย</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search code or title</source>
        <translation>ค้นหารหัสหรือประเด็น</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All buckets</source>
        <translation>ทุกกลุ่ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tools</source>
        <translation>ทุกเครื่องมือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIT internal</source>
        <translation>IIT ผู้มีส่วนได้ส่วนเสียภายใน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EIT external</source>
        <translation>EIT ผู้มีส่วนได้ส่วนเสียภายนอก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIT open data</source>
        <translation>OIT การเปิดเผยข้อมูลสาธารณะ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open an assessment first.</source>
        <translation>เลือกการประเมินก่อน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: %2</source>
        <translation>แถว %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to paste: copy two columns, code and score, from a spreadsheet.</source>
        <translation>ไม่มีข้อมูลให้วาง: คัดลอกสองคอลัมน์ คือรหัสและคะแนน จากตารางคำนวณ</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Paste %n score(s)</source>
        <translation>
            <numerusform>วางคะแนน %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ita::gui::ServerDialog</name>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="+36"/>
        <source>Connect to Server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.agency.go.th</source>
        <translation>เช่น db.agency.go.th</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required, certificate checked (verify-full)</source>
        <translation>บังคับ และตรวจใบรับรอง (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required (require)</source>
        <translation>บังคับ (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the server offers it (prefer)</source>
        <translation>ใช้เมื่อเซิร์ฟเวอร์รองรับ (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (disable)</source>
        <translation>ไม่ใช้ (disable)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember the password in the desktop&apos;s keyring</source>
        <translation>จำรหัสผ่านไว้ในพวงกุญแจ (keyring) ของเดสก์ท็อป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password until the program closes</source>
        <translation>จำรหัสผ่านไว้จนกว่าจะปิดโปรแกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build has no keyring support: the password is not saved.</source>
        <translation>โปรแกรมชุดนี้ไม่มีพวงกุญแจ (keyring): รหัสผ่านจะไม่ถูกบันทึกไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>ผู้ใช้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption (TLS):</source>
        <translation>การเข้ารหัส (TLS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your IT department gives these. The server decides what you may do: members of ita_planner_editor edit, of ita_planner_reader only read. The password is never written to the settings file.</source>
        <translation>ข้อมูลเหล่านี้ได้จากฝ่ายเทคโนโลยีสารสนเทศ เซิร์ฟเวอร์เป็นผู้กำหนดสิทธิ์: สมาชิก ita_planner_editor แก้ไขได้ สมาชิก ita_planner_reader อ่านได้อย่างเดียว รหัสผ่านจะไม่ถูกเขียนลงแฟ้มการตั้งค่า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ita::gui::SummaryView</name>
    <message>
        <location filename="../../src/gui/SummaryView.cpp" line="+44"/>
        <source>Choose an agency and a fiscal year.</source>
        <translation>เลือกหน่วยงานและปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of the analysis</source>
        <translation>สรุปผลการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>score %1 or more</source>
        <translation>คะแนนตั้งแต่ %1 ขึ้นไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score from %1 to below %2</source>
        <translation>คะแนนตั้งแต่ %1 แต่น้อยกว่า %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score below %1</source>
        <translation>คะแนนน้อยกว่า %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัดที่</translation>
    </message>
</context>
<context>
    <name>ita::gui::ThresholdsPanel</name>
    <message>
        <location filename="../../src/gui/ThresholdsPanel.cpp" line="+97"/>
        <source>★ maintain: %1 or more
▲ improve: %2 to below %1
! urgent: below %2</source>
        <translation>★ รักษาระดับ: ตั้งแต่ %1 ขึ้นไป
▲ พัฒนาให้ดีขึ้น: ตั้งแต่ %2 แต่น้อยกว่า %1
! แก้ไขเร่งด่วน: น้อยกว่า %2</translation>
    </message>
</context>
<context>
    <name>ita::gui::TrendsView</name>
    <message>
        <location filename="../../src/gui/TrendsView.cpp" line="+112"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FY %1</source>
        <translation>ปี %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ had a measure, did not improve</source>
        <translation>⚠ มีมาตรการแต่คะแนนไม่ดีขึ้น</translation>
    </message>
</context>
<context>
    <name>ita::gui::UnitRolesDialog</name>
    <message>
        <location filename="../../src/gui/UnitRolesDialog.cpp" line="+22"/>
        <source>Units and Their Roles</source>
        <translation>หน่วยงานและบทบาท</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each role the measures library names, the agency&apos;s units that take it, separated by commas (%1). Drafts then name these units; a role left empty is named by the role itself.</source>
        <translation>สำหรับแต่ละบทบาทที่คลังมาตรการใช้ ให้ระบุหน่วยงานของท่านที่รับบทบาทนั้น คั่นด้วยจุลภาค (%1) การร่างมาตรการจะระบุหน่วยงานเหล่านี้ บทบาทที่เว้นว่างจะระบุเป็นชื่อบทบาทแทน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no unit yet</source>
        <translation>ยังไม่มีหน่วยงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (for %2)</source>
        <translation>%1 (สำหรับ %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(did you mean %1?)</source>
        <translation>(หมายถึง %1 หรือไม่)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n unit(s) typed here are not among the plan&apos;s units:</source>
        <translation>
            <numerusform>หน่วยงานที่พิมพ์ไว้ %n หน่วยไม่อยู่ในทะเบียนหน่วยงานของแผน:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add them as new units of the plan, or go back and correct them?</source>
        <translation>จะเพิ่มเป็นหน่วยงานใหม่ของแผน หรือย้อนกลับไปแก้ไข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as new units</source>
        <translation>เพิ่มเป็นหน่วยงานใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
</context>
<context>
    <name>ita::gui::WelcomePage</name>
    <message>
        <location filename="../../src/gui/WelcomePage.cpp" line="+61"/>
        <source>Welcome to ITA Planner</source>
        <translation>ยินดีต้อนรับสู่ ITA Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse this year&apos;s ITA results, plan the measures that raise them, follow them through the fiscal year and publish the report. Everything is kept in one file. Where would you like to start?</source>
        <translation>วิเคราะห์ผลการประเมิน ITA ของปีนี้ วางแผนมาตรการยกระดับ ติดตามผลตลอดปีงบประมาณ และจัดทำรายงานเพื่อเผยแพร่ ทุกอย่างเก็บไว้ในแฟ้มเดียว ท่านต้องการเริ่มจากอะไร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample agency</source>
        <translation>เปิดหน่วยงานตัวอย่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A real agency&apos;s FY2564 results, analysis and plan, to try everything on. Help → Open the Sample brings it back later.</source>
        <translation>ผลการประเมิน การวิเคราะห์ และแผนของหน่วยงานจริง ปีงบประมาณ พ.ศ. 2564 สำหรับทดลองใช้ทุกส่วน เปิดได้อีกภายหลังจากเมนู วิธีใช้ → เปิดข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import this year&apos;s results</source>
        <translation>นำเข้าผลการประเมินของปีนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new file for your agency and read in the scores from the NACC (CSV or JSON). A year whose assessment changed gets its framework first.</source>
        <translation>สร้างแฟ้มใหม่ของหน่วยงานแล้วนำเข้าคะแนนจากสำนักงาน ป.ป.ช. (CSV หรือ JSON) ปีที่กรอบการประเมินเปลี่ยนจะสร้างกรอบการประเมินก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a file…</source>
        <translation>เปิดแฟ้ม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ITA Planner file (.itadb) you or your group already keep.</source>
        <translation>แฟ้ม ITA Planner (.itadb) ที่ท่านหรือคณะทำงานมีอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team&apos;s server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของทีม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on one plan together with the working group, on the PostgreSQL database your IT unit set up.</source>
        <translation>ทำแผนเดียวกันร่วมกับคณะทำงาน บนฐานข้อมูล PostgreSQL ที่หน่วยงานด้านไอทีจัดเตรียมไว้</translation>
    </message>
</context>
<context>
    <name>ita::gui::WhatIfView</name>
    <message>
        <location filename="../../src/gui/WhatIfView.cpp" line="+175"/>
        <source>Scenario:</source>
        <translation>สถานการณ์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a score:</source>
        <translation>เปลี่ยนคะแนน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets that would change:</source>
        <translation>กลุ่มที่จะเปลี่ยนไป:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target overall:</source>
        <translation>เป้าหมายคะแนนภาพรวม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by raising:</source>
        <translation>โดยเพิ่มคะแนนของ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where effort pays most: overall points per +1.00 on an item</source>
        <translation>ข้อที่ให้ผลมากที่สุด: คะแนนภาพรวมที่เพิ่มขึ้นต่อ +1.00 คะแนนของแต่ละข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to save as</source>
        <translation>ชื่อสถานการณ์ที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, e.g. E8</source>
        <translation>รหัส เช่น E8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>กำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>ลบแถว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All urgent items</source>
        <translation>ทุกข้อที่ต้องแก้ไขเร่งด่วน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>คำนวณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item codes, comma-separated</source>
        <translation>รหัสข้อ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or a rating level: its bound and, for the overall, its condition on every tool</source>
        <translation>หรือระดับผลการประเมิน: เกณฑ์คะแนนของระดับ และสำหรับคะแนนภาพรวม เงื่อนไขของทุกเครื่องมือ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Real score</source>
        <translation>คะแนนจริง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario score</source>
        <translation>คะแนนตามสถานการณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ overall per point</source>
        <translation>+ ภาพรวมต่อ 1 คะแนน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score now</source>
        <translation>คะแนนปัจจุบัน</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+89"/>
        <source>Choose an agency and a fiscal year.</source>
        <translation>เลือกหน่วยงานและปีงบประมาณ</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Overall %1 (%2), %3%4 against the real result</source>
        <translation>คะแนนภาพรวม %1 (%2) %3%4 เทียบกับผลจริง</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>as a score</source>
        <translation>เป็นคะแนน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or level %1</source>
        <translation>หรือระดับ %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2 overall and every tool at least %3)</source>
        <translation>%1 (คะแนนภาพรวม %2 และทุกเครื่องมือไม่ต่ำกว่า %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 overall)</source>
        <translation>%1 (คะแนนภาพรวม %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raising %1 by %2 points each (capped at 100.00) reaches %3.</source>
        <translation>เพิ่มคะแนนของ %1 ข้อละ %2 คะแนน (ไม่เกิน 100.00) จะได้ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be reached by raising %2: even 100.00 on each is not enough.</source>
        <translation>เพิ่มคะแนนของ %2 ไม่ถึง %1: แม้ได้ 100.00 ทุกข้อก็ยังไม่พอ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the scenario a name.</source>
        <translation>ตั้งชื่อสถานการณ์ก่อน</translation>
    </message>
</context>
<context>
    <name>ita::json</name>
    <message>
        <location filename="../../src/core/io/JsonUtil.cpp" line="+169"/>
        <source>the line %1</source>
        <translation>บรรทัดนี้%1</translation>
    </message>
</context>
<context>
    <name>ita::report::ReportExport</name>
    <message>
        <location filename="../../src/core/report/ReportExport.cpp" line="+66"/>
        <source>JSON files (*.json)</source>
        <translation>แฟ้ม JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>เอกสาร OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing to export: no assessment</source>
        <translation>ไม่มีข้อมูลให้ส่งออก: ไม่มีผลการประเมิน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no plan for fiscal year %2 yet</source>
        <translation>%1 ยังไม่มีแผนปีงบประมาณ %2</translation>
    </message>
</context>
</TS>

# Imports stay in the folder being loaded, and name rule files: none of these is read.
import "/etc/passwd"
import "../CMakeLists.txt"
import "../format_test.fp"
import "support/base.fp"

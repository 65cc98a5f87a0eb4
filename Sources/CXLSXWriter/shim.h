// libxlsxwriter (Debian: libxlsxwriter-dev): writes .xlsx workbooks for Phaen's reports.
#include <xlsxwriter.h>

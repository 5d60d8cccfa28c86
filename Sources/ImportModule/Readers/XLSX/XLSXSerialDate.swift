import RapportCore

/// Converts Excel serial dates (days since the workbook's epoch, time as the fraction) to seconds since 1970.
enum XLSXSerialDate {
    /// The wall-clock reading of a serial date as seconds since 1970-01-01T00:00 (local), nil when out of range.
    ///
    /// The 1900 system counts 1900-01-01 as day 1 and, copying an old Lotus bug, has a 29 February 1900
    /// (day 60): days from 61 on count from 1899-12-30, days below 60 from 1899-12-31, and day 60 falls on
    /// 28 February. The 1904 system counts from 1904-01-01 as day 0.
    static func seconds(serial: Double, uses1904: Bool) -> Int64? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let epoch: Int64
        if uses1904 {
            epoch = ISOTime.days(year: 1904, month: 1, day: 1)
        } else {
            epoch = serial < 60 ? ISOTime.days(year: 1899, month: 12, day: 31) : ISOTime.days(year: 1899, month: 12, day: 30)
        }
        return epoch * 86_400 + Int64((serial * 86_400).rounded())
    }
}

/// Why a respondent answers: as an applicant whose fit is measured, or as a member of the organisation.
enum Role: String, CaseIterable {
    /// An applicant; not part of the organisation's profile.
    case candidate
    /// A member of the organisation; part of its profile.
    case employee
}

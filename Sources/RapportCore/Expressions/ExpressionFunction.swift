import Foundation

/// The functions expressions may call, with how many arguments each takes and one line of help each.
enum ExpressionFunction: String, CaseIterable {
    case `if`, coalesce, missing
    case number, time, text
    case lower, upper, trim, len, replace, substring, regexmatch, regexextract
    case year, month, weekday, hour, date
    case period, periodStart = "period_start"
    case abs, round, log

    /// The fewest arguments.
    var minimumArguments: Int {
        switch self {
        case .missing: return 0
        case .if, .replace: return 3
        case .substring, .regexmatch, .regexextract, .period, .periodStart: return 2
        default: return 1
        }
    }

    /// The most arguments, or nil for any number.
    var maximumArguments: Int? {
        switch self {
        case .coalesce: return nil
        case .round, .time: return 2
        case .if, .replace, .substring, .regexextract: return 3
        default: return minimumArguments
        }
    }

    /// How a call is written, for help.
    var usage: String {
        switch self {
        case .if: return "if(cond, a, b)"
        case .coalesce: return "coalesce(a, b, ...)"
        case .missing: return "missing(), null"
        case .number: return "number(text)"
        case .time: return "time(text[, format])"
        case .replace: return "replace(text, from, to)"
        case .substring: return "substring(text, start[, length])"
        case .regexmatch: return "regexmatch(text, pattern)"
        case .regexextract: return "regexextract(text, pattern[, group])"
        case .round: return "round(x[, digits])"
        case .year, .month, .weekday, .hour, .date: return rawValue + "(time)"
        case .period, .periodStart: return rawValue + "(time, 'month')"
        default: return rawValue + "(x)"
        }
    }

    /// What it does, in one line.
    var summary: Message {
        switch self {
        case .if: return Words.ifFunction
        case .coalesce: return Words.coalesceFunction
        case .missing: return Words.missingFunction
        case .number: return Words.numberFunction
        case .time: return Words.timeFunction
        case .text: return Words.textFunction
        case .lower: return Words.lowerFunction
        case .upper: return Words.upperFunction
        case .trim: return Words.trimFunction
        case .len: return Words.lenFunction
        case .replace: return Words.replaceFunction
        case .substring: return Words.substringFunction
        case .regexmatch: return Words.regexmatchFunction
        case .regexextract: return Words.regexextractFunction
        case .year: return Words.yearFunction
        case .month: return Words.monthFunction
        case .weekday: return Words.weekdayFunction
        case .hour: return Words.hourFunction
        case .date: return Words.dateFunction
        case .period: return Words.periodFunction
        case .periodStart: return Words.periodStartFunction
        case .abs: return Words.absFunction
        case .round: return Words.roundFunction
        case .log: return Words.logFunction
        }
    }
}

/// The help on the expression language that `derive` and `filter` show.
public enum ExpressionHelp {
    /// Every function, one per line: how it is called and what it does.
    public static var functions: Message {
        let width = ExpressionFunction.allCases.map(\.usage.count).max() ?? 0
        func lines(_ text: (Message) -> String, heading: String) -> String {
            ([heading] + ExpressionFunction.allCases.map { function in
                "  " + function.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + text(function.summary)
            }).joined(separator: "\n")
        }
        return Message(en: lines(\.en, heading: Words.functionsHeading.en),
                       de: lines(\.de, heading: Words.functionsHeading.de))
    }
}

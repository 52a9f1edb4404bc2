namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// The CSV/TSV header: our field names, Anki's <c>front</c>/<c>back</c>, one <c>option_&lt;key&gt;</c> column per option
/// (their order is the display order), <c>feedback_&lt;key&gt;</c> for its explanation, a <c>facet</c> path and the <see cref="BankExtras"/> column.
/// </summary>
public static class DelimitedColumns
{
    public const string Facet = "facet";
    public const string Front = "front";
    public const string Back = "back";
    public const string OptionPrefix = "option_";
    /// <summary>An option's explanation: <c>feedback_&lt;key&gt;</c>.</summary>
    public const string FeedbackPrefix = "feedback_";
    /// <summary>Several correct keys and rubric keywords are joined with it; tags and media with spaces, as Anki does.</summary>
    public const char ListSeparator = '|';

    public static readonly string[] Plain =
    [
        ImportFields.Id, Facet, ImportFields.Type, ImportFields.Question, Front, ImportFields.Scenario, ImportFields.CorrectAnswer,
        ImportFields.Explanation, ImportFields.ModelAnswer, Back, ImportFields.Difficulty, ImportFields.EstimatedTimeSeconds,
        ImportFields.Tags, ImportFields.RubricKeywords, ImportFields.Media, ImportFields.Source, ImportFields.Metadata, BankExtras.Field,
    ];

    public static bool IsKnown(string column) =>
        Plain.Contains(column) || KeyOf(column, OptionPrefix) is not null || KeyOf(column, FeedbackPrefix) is not null;

    public static string? KeyOf(string column, string prefix) =>
        column.StartsWith(prefix, StringComparison.Ordinal) && column.Length > prefix.Length ? column[prefix.Length..] : null;
}

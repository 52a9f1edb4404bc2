namespace AdaptiveLearning.Application.Questions;

/// <summary>What differs between two contents of a question: fields other than options, and options by key.</summary>
public sealed record QuestionContentDiff(IReadOnlyList<QuestionFieldChange> Fields, QuestionOptionChanges Options)
{
    public const string OptionsField = "options";

    /// <summary>The names of every changed field, options included, in the order the question's JSON has them.</summary>
    public IReadOnlyList<string> ChangedFields => Options.HasChanges() ? [.. Fields.Select(f => f.Field), OptionsField] : [.. Fields.Select(f => f.Field)];

    /// <summary>One line for a version list: "text, correctKeys; options: 1 added, 1 changed".</summary>
    public string Summary()
    {
        var parts = new List<string>();
        if (Fields.Count > 0)
            parts.Add(string.Join(", ", Fields.Select(f => f.Field)));
        var options = new List<string>();
        if (Options.Added.Count > 0) options.Add($"{Options.Added.Count} added");
        if (Options.Removed.Count > 0) options.Add($"{Options.Removed.Count} removed");
        if (Options.Changed.Count > 0) options.Add($"{Options.Changed.Count} changed");
        if (Options.Reordered) options.Add("reordered");
        if (options.Count > 0)
            parts.Add("options: " + string.Join(", ", options));
        return parts.Count == 0 ? "no content change" : "changed " + string.Join("; ", parts);
    }
}

using System.Text.Json.Nodes;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// One question as a format reader understood it: the fields of the JSON import format, and the category it sits in.
/// A reader records what it cannot map here, so the item is reported, never dropped.
/// </summary>
public sealed class SourceItem(int index)
{
    public int Index { get; } = index;
    public JsonObject Fields { get; } = [];
    /// <summary>The format's own category (GIFT <c>$CATEGORY</c>, Moodle XML category); null: the file name's facet.</summary>
    public string? Category { get; set; }
    public List<(string? Field, string Reason)> Problems { get; } = [];
    public List<(string? Field, string Reason)> Warnings { get; } = [];

    public string? Id => CanonicalItem.Text(Fields, ImportFields.Id);

    public void Set(string field, string? value)
    {
        if (value is not null) Fields[field] = value;
    }

    public void Problem(string? field, string reason) => Problems.Add((field, reason));
}

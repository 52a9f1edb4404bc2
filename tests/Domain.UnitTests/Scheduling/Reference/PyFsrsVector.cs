using System.Text.Json;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling.Reference;

/// <summary>One case of shared/reference/fsrs/pyfsrs-test-vectors.json.</summary>
internal sealed record PyFsrsVector(
    int Index,
    string Description,
    JsonElement Parameters,
    IReadOnlyList<(Rating Rating, DateTimeOffset? At)> Reviews,
    JsonElement Expected,
    IReadOnlyList<JsonElement> PyFsrsExact)
{
    public const string FileName = "pyfsrs-test-vectors.json";

    public static IReadOnlyList<PyFsrsVector> LoadAll(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select((element, index) => Parse(index, element.Clone())).ToList();
    }

    public bool TryParameter(string name, out JsonElement value)
    {
        value = default;
        return Parameters.ValueKind == JsonValueKind.Object && Parameters.TryGetProperty(name, out value);
    }

    private static PyFsrsVector Parse(int index, JsonElement element)
    {
        var reviews = element.GetProperty("reviews").EnumerateArray()
            .Where(review => review.TryGetProperty("rating", out _))
            .Select(review => (
                (Rating)review.GetProperty("rating").GetInt32(),
                review.TryGetProperty("datetime", out var at) ? DateTimeOffset.Parse(at.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null))
            .ToList();
        var exact = element.TryGetProperty("pyfsrs_exact", out var exactElement)
            ? exactElement.EnumerateArray().ToList()
            : [];
        return new PyFsrsVector(
            index,
            element.GetProperty("description").GetString()!,
            element.GetProperty("parameters"),
            reviews,
            element.GetProperty("expected"),
            exact);
    }
}

using System.Text.Json;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>
/// The raw JSON shape, for the few tests where the shape itself is the behaviour (an answer key must not be
/// sent at all, not even as null). Everything else reads typed models through <see cref="ApiJson"/>.
/// </summary>
internal static class RawJson
{
    public static IReadOnlyList<string> PropertyNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }
}

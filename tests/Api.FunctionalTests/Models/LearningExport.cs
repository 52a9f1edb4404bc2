using System.Text.Json;

namespace AdaptiveLearning.Api.FunctionalTests.Models;

/// <summary>
/// A personal-data export read for its learning section, which the OpenAPI document leaves open
/// (every personal-data source adds a section of its own), so the SDK has no type for it.
/// </summary>
internal sealed record LearningExport(LearningExport.Sections Data)
{
    internal sealed record Sections(LearningSection Learning);

    internal sealed record LearningSection(List<JsonElement> Sessions, List<JsonElement> Cards, List<JsonElement> Attempts);
}

using System.Text.Json;
using AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.CreateQuestion;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

/// <summary>Builds content through the public API, as an author or admin would.</summary>
internal sealed class ContentApi(HttpClient staff)
{
    /// <summary>Creates every missing node down to the facet at <paramref name="path"/>.</summary>
    public async Task FacetAsync(string path)
    {
        string? parent = null;
        foreach (var code in path.Split("__"))
        {
            var response = await staff.PostAsJsonAsync(Api.Route(CreateHierarchyNodeRequest.Route),
                new { parentPath = parent, code, name = char.ToUpperInvariant(code[0]) + code[1..] });
            if (response.StatusCode != HttpStatusCode.Conflict)
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            parent = parent is null ? code : $"{parent}__{code}";
        }
    }

    public async Task<long> QuestionAsync(string path, string text, bool publish = true, string[]? tags = null, int difficulty = 3,
        string[]? correct = null)
    {
        var response = await staff.PostAsJsonAsync(Api.Route(CreateQuestionRequest.Route), new
        {
            path,
            type = "mcq",
            text,
            options = new[] { new { key = "A", text = "Alpha option", explanation = (string?)"Why A" }, new { key = "B", text = "Beta option", explanation = (string?)"Why B" }, new { key = "C", text = "Gamma option", explanation = (string?)null } },
            correctKeys = correct ?? ["B"],
            explanation = "Because B is right.",
            difficulty,
            tags = tags ?? [],
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
        if (publish)
        {
            var published = await staff.PostAsync(Api.Route(PublishQuestionEndpoint.Route.Replace("{id}", id.ToString())), null);
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        }
        return id;
    }
}

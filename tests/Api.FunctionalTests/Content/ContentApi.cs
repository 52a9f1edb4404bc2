using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Client.Models;

using CreateHierarchyNodeRequest = AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode.CreateHierarchyNodeRequest;
using CreateQuestionRequest = AdaptiveLearning.Api.Features.Questions.CreateQuestion.CreateQuestionRequest;
using Wire = AdaptiveLearning.Client.Models;

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
            var response = await staff.PostJsonAsync(CreateHierarchyNodeRequest.Route,
                new Wire.CreateHierarchyNodeRequest { ParentPath = parent, Code = code, Name = char.ToUpperInvariant(code[0]) + code[1..] });
            if (response.StatusCode != HttpStatusCode.Conflict)
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            parent = parent is null ? code : $"{parent}__{code}";
        }
    }

    public async Task<long> QuestionAsync(string path, string text, bool publish = true, string[]? tags = null, int difficulty = 3,
        string[]? correct = null)
    {
        var created = await staff.PostAsAsync<Question>(CreateQuestionRequest.Route, new Wire.CreateQuestionRequest
        {
            Path = path,
            Type = QuestionType.Mcq,
            Text = text,
            Options = [new() { Key = "A", Text = "Alpha option", Explanation = "Why A" }, new() { Key = "B", Text = "Beta option", Explanation = "Why B" }, new() { Key = "C", Text = "Gamma option" }],
            CorrectKeys = [.. correct ?? ["B"]],
            Explanation = "Because B is right.",
            Difficulty = difficulty,
            Tags = [.. tags ?? []],
        }, HttpStatusCode.Created);
        if (publish)
            await staff.PostAsAsync<Question>(PublishQuestionEndpoint.Route.Replace("{id}", created.Id.ToString()));
        return created.Id;
    }
}

using AdaptiveLearning.Api.OpenApi;
using FastEndpoints;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

using BindingSource = Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource;

namespace AdaptiveLearning.Api.FunctionalTests.OpenApi;

/// <summary>
/// Endpoints with route and query parameters arrive with other areas; these pin how any
/// FastEndpoints request DTO is described, independent of which endpoints exist today.
/// </summary>
public sealed class FastEndpointsApiDescriptionProviderTests
{
    [Test]
    public void GetDescribesRouteParametersFromTheTemplateAndTheRestAsQueryWithoutABody()
    {
        var description = Describe("GET", "api/v1/topics/{topicId}/questions/{questionId:long}", typeof(ListRequest));

        Assert.Multiple(() =>
        {
            Assert.That(Parameter(description, "topicId"), Is.EqualTo((BindingSource.Path, typeof(Guid), true)));
            Assert.That(Parameter(description, "questionId"), Is.EqualTo((BindingSource.Path, typeof(long), true)));
            Assert.That(Parameter(description, "cursor"), Is.EqualTo((BindingSource.Query, typeof(string), false)));
            Assert.That(Parameter(description, "limit"), Is.EqualTo((BindingSource.Query, typeof(int?), false)));
            Assert.That(Parameter(description, "renamed"), Is.EqualTo((BindingSource.Query, typeof(string), false)), "[BindFrom] names the parameter");
            Assert.That(description.ParameterDescriptions.Any(p => p.Name.Equals("userId", StringComparison.OrdinalIgnoreCase)), Is.False, "claims are not sent");
            Assert.That(description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body), Is.False);
            Assert.That(description.SupportedRequestFormats, Is.Empty);
        });
    }

    [Test]
    public void PostSendsTheDtoAsAJsonBodyBesideItsRouteParameter()
    {
        var description = Describe("POST", "api/v1/topics/{topicId}/questions", typeof(ListRequest));

        var body = description.ParameterDescriptions.Single(p => p.Source == BindingSource.Body);
        Assert.Multiple(() =>
        {
            Assert.That(Parameter(description, "topicId"), Is.EqualTo((BindingSource.Path, typeof(Guid), true)));
            Assert.That(body.Type, Is.EqualTo(typeof(ListRequest)));
            Assert.That(description.SupportedRequestFormats.Select(f => f.MediaType), Is.EqualTo(new[] { "application/json" }));
            Assert.That(description.ParameterDescriptions.Any(p => p.Source == BindingSource.Query), Is.False);
        });
    }

    [Test]
    public void EndpointWithoutRequestGetsNoBodyAndNoParameters()
    {
        var description = Describe("DELETE", "api/v1/users/me", typeof(EmptyRequest));

        Assert.That(description.ParameterDescriptions, Is.Empty);
    }

    [Test]
    public void PostWithoutRequestPropertiesKeepsTheBodyItDeclaresItself()
    {
        var declared = new ApiParameterDescription { Name = "upload", Type = typeof(ListRequest), Source = BindingSource.Body };
        var description = Describe("POST", "api/v1/imports", typeof(EmptyRequest), d =>
        {
            d.ParameterDescriptions.Add(declared);
            d.SupportedRequestFormats.Add(new ApiRequestFormat { MediaType = "multipart/form-data" });
        });

        Assert.That(description.ParameterDescriptions, Is.EqualTo(new[] { declared }));
        Assert.That(description.SupportedRequestFormats.Select(f => f.MediaType), Is.EqualTo(new[] { "multipart/form-data" }));
    }

    [Test]
    public void FromBodyPropertyIsTheWholeBody()
    {
        var description = Describe("PUT", "api/v1/topics/{topicId}", typeof(WrappedRequest));

        Assert.That(description.ParameterDescriptions.Single(p => p.Source == BindingSource.Body).Type, Is.EqualTo(typeof(ListRequest)));
    }

    [Test]
    public void ParameterDescriptionsComeFromTheRequestPropertysXmlDocs()
    {
        var timeZone = typeof(Features.Users.UpdateMe.UpdateMeRequest).GetProperty(nameof(Features.Users.UpdateMe.UpdateMeRequest.TimeZone))!;
        var summary = XmlDocs.Summary(timeZone);
        var example = XmlDocs.Example(timeZone);

        Assert.That(summary, Does.StartWith("IANA time zone;"));
        Assert.That(example, Is.EqualTo("Europe/Berlin"));
    }

    private static ApiDescription Describe(string verb, string route, Type requestType, Action<ApiDescription>? arrange = null)
    {
        var definition = new EndpointDefinition(typeof(ListQuestionsEndpoint), requestType, typeof(object));
        var description = new ApiDescription
        {
            HttpMethod = verb,
            RelativePath = route,
            ActionDescriptor = new ActionDescriptor { EndpointMetadata = [definition] },
        };
        arrange?.Invoke(description);
        var context = new ApiDescriptionProviderContext([description.ActionDescriptor]);
        context.Results.Add(description);
        new FastEndpointsApiDescriptionProvider().OnProvidersExecuting(context);
        return description;
    }

    private static (BindingSource, Type, bool)? Parameter(ApiDescription description, string name) =>
        description.ParameterDescriptions.Where(p => p.Name == name).Select(p => (p.Source, p.Type, p.IsRequired)).Cast<(BindingSource, Type, bool)?>().SingleOrDefault();

    private sealed class ListRequest
    {
        public Guid TopicId { get; init; }
        public long QuestionId { get; init; }
        public string? Cursor { get; init; }
        public int? Limit { get; init; }
        [BindFrom("renamed")] public string? Original { get; init; }
        [FromClaim("sub")] public Guid UserId { get; init; }
    }

    private sealed class WrappedRequest
    {
        public Guid TopicId { get; init; }
        [FromBody] public ListRequest Content { get; init; } = new();
    }

    private sealed class ListQuestionsEndpoint;
}

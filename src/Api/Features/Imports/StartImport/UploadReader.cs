using System.Text;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.Features.Imports.StartImport;

/// <summary>Binds either body shape of an upload to import files; the bytes are kept as sent so JSON errors keep their positions.</summary>
internal static class UploadReader
{
    public static async Task<(IReadOnlyList<ImportFile> Files, bool Publish, bool DryRun)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var files = new List<ImportFile>();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                files.Add(ImportFile.FromBytes(Path.GetFileName(file.FileName), buffer.ToArray()));
            }
            return (WithFormat(files, form["format"]), Flag(form["publish"]), Flag(form["dryRun"]));
        }
        if (request.HasJsonContentType())
        {
            var body = await request.ReadFromJsonAsync<StartImportRequest>(ct)
                       ?? throw ProblemException.Field("files", "Send an object with the files to import.");
            if (body.Files is null || body.Files.Any(f => f?.Name is null || f.Content is null))
                throw ProblemException.Field("files", "Send a list of files, each with a name and content.");
            var files = body.Files.Select(f => ImportFile.FromBytes(Path.GetFileName(f.Name), Encoding.UTF8.GetBytes(f.Content))).ToList();
            return (WithFormat(files, body.Format), body.Publish, body.DryRun);
        }
        throw new ProblemException(Problems.UnsupportedMediaType, "Send multipart/form-data files or a JSON body.");
    }

    /// <summary>An explicit format applies to every uploaded file but the hierarchy file, which is always JSON.</summary>
    private static List<ImportFile> WithFormat(List<ImportFile> files, string? name)
    {
        if (string.IsNullOrEmpty(name))
            return files;
        if (!WireNames.TryParse(name, out BankFormat format))
            throw ProblemException.Field("format", $"Use one of: {BankFormats.Names}.");
        return files.Select(f => f.IsHierarchy ? f : f with { Format = format }).ToList();
    }

    private static bool Flag(string? value) => bool.TryParse(value, out var flag) && flag;
}

using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>ContainerWorkingDirectory, ContainerUser, ContainerPort, ContainerEnvironmentVariable, ContainerLabel and the app's arguments.</summary>
public class ContainerConfigurationTests
{
    private static ProjectItem Item(string include, params (string Name, string Value)[] metadata) =>
        new(include, metadata.ToDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase));

    private static DockerInstruction Single(Generated generated, string keyword) => generated.Final.Single(i => i.Keyword == keyword);

    [Fact]
    public void ContainerWorkingDirectory_replaces_app_and_docker_reads_it_back_exactly()
    {
        var generated = Generated.For(Facts.Web() with { ContainerWorkingDirectory = "/srv/my app/$v1" });

        Assert.Equal("/srv/my app/$v1", DockerfileDocument.ProcessWord(Single(generated, "WORKDIR").Arguments));
        // The publish output still lands in it, through a build-stage tree that holds its whole path: COPY --link would
        // give a parent folder it creates itself the time of the build.
        var copies = generated.Final.Where(i => i.Keyword == "COPY").ToList();
        Assert.Equal([["/layers/packages/srv/"], ["/layers/app/srv/"]], copies.Select(DockerfileDocument.CopySources));
        Assert.All(copies, c => Assert.Equal("/srv/", DockerfileDocument.CopyDestination(c)));
        Assert.Contains("-o '/layers/app/srv/my app/$v1' ", generated.Build[^1].Arguments);
    }

    [Theory]
    [InlineData("app")]
    [InlineData("./app")]
    [InlineData("C:\\app")]
    public void A_relative_working_directory_is_SDB1021(string directory)
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerWorkingDirectory = directory }, "SDB1021");

        Assert.Contains($"'{directory}'", error.Message);
        Assert.Contains("absolute", error.Message);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("app")]
    [InlineData("1654:1654")]
    [InlineData("www-data")]
    public void ContainerUser_is_written_even_on_a_chiseled_image(string user)
    {
        var generated = Generated.For(Facts.Web() with { ContainerUser = user });

        Assert.EndsWith("noble-chiseled-extra", generated.FinalImage);
        Assert.Equal(user, Single(generated, "USER").Arguments);
    }

    [Theory]
    [InlineData("my user")]
    [InlineData("$APP_UID")]
    [InlineData("app:")]
    [InlineData("-x")]
    public void A_ContainerUser_that_is_not_a_user_is_SDB1022(string user)
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerUser = user }, "SDB1022");

        Assert.Contains($"'{user}'", error.Message);
        Assert.Contains("numeric ID", error.Message);
    }

    [Fact]
    public void ContainerPort_items_come_first_and_8080_where_ASP_NET_Core_listens_is_added_as_the_sdk_adds_it()
    {
        var generated = Generated.For(Facts.Web() with
        {
            ContainerPorts = [Item("9090"), Item("53", ("Type", "UDP")), Item("8081", ("Type", "tcp")), Item("9090", ("Type", "tcp"))],
        });

        Assert.Equal("9090 53/udp 8081 8080", Single(generated, "EXPOSE").Arguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("docker run --rm -p 9090:9090 -p 53:53/udp -p 8081:8081 -p 8080:8080 app", StringComparison.Ordinal));
        Assert.Contains(generated.Document.Comments, c => c.Contains("ContainerPort items, and, as dotnet publish -t:PublishContainer adds them", StringComparison.Ordinal));
    }

    [Fact]
    public void A_console_app_exposes_the_ports_it_is_given_and_not_8080()
    {
        var generated = Generated.For(Facts.Console() with { ContainerPorts = [Item("5000")] });

        Assert.Equal("5000", Single(generated, "EXPOSE").Arguments);
    }

    [Fact]
    public void A_web_app_exposes_the_ports_ASPNETCORE_HTTP_PORTS_names_like_the_sdk_infers_them()
    {
        var generated = Generated.For(Facts.Web() with
        {
            ContainerEnvironmentVariables = [Item("ASPNETCORE_HTTP_PORTS", ("Value", "5000;5001")), Item("ASPNETCORE_HTTPS_PORTS", ("Value", "5443"))],
        });

        Assert.Equal("5000 5001 5443", Single(generated, "EXPOSE").Arguments);
    }

    [Fact]
    public void ASPNETCORE_HTTPS_PORTS_alone_adds_to_the_images_8080()
    {
        var generated = Generated.For(Facts.Web() with { ContainerEnvironmentVariables = [Item("ASPNETCORE_HTTPS_PORTS", ("Value", "8443"))] });

        Assert.Equal("8080 8443", Single(generated, "EXPOSE").Arguments);
    }

    // The SDK's own cases (ImageBuilderTests) and the parsing of its regular expression: the last ':digits' of each
    // ';'-separated entry is its port, whatever the host.
    [Theory]
    [InlineData("http://+:5000;https://+:5001", "5000 5001")]
    [InlineData("https://*:12345;http://+:1234;http://localhost:123;http://1.2.3.4:12", "12345 1234 123 12")]
    [InlineData("http://[::1]:5000", "5000")]
    [InlineData("http://localhost:5000/path", "5000")]
    [InlineData(" http://+:5000 ; http://+:5000 ", "5000")]
    public void A_web_app_exposes_the_ports_ASPNETCORE_URLS_names_instead_of_8080(string urls, string expected)
    {
        var generated = Generated.For(Facts.Web() with { ContainerEnvironmentVariables = [Item("ASPNETCORE_URLS", ("Value", urls))] });

        Assert.Equal(expected, Single(generated, "EXPOSE").Arguments);
        Assert.Empty(generated.Result.Diagnostics);
        Assert.Contains(generated.Document.Comments, c => c.Contains("ASPNETCORE_URLS names (it replaces ASPNETCORE_HTTP_PORTS", StringComparison.Ordinal));
    }

    [Fact]
    public void ASPNETCORE_URLS_wins_over_the_port_variables_like_it_does_in_ASP_NET_Core_and_the_sdk()
    {
        var generated = Generated.For(Facts.Web() with
        {
            ContainerEnvironmentVariables = [Item("ASPNETCORE_URLS", ("Value", "https://*:12345")), Item("ASPNETCORE_HTTPS_PORTS", ("Value", "456"))],
            ContainerPorts = [Item("9000")],
        });

        Assert.Equal("9000 12345", Single(generated, "EXPOSE").Arguments);
    }

    [Fact]
    public void A_console_app_with_ASPNETCORE_URLS_exposes_its_ports()
    {
        var generated = Generated.For(Facts.Console() with { ContainerEnvironmentVariables = [Item("ASPNETCORE_URLS", ("Value", "http://+:5000"))] });

        Assert.Equal("5000", Single(generated, "EXPOSE").Arguments);
    }

    [Theory]
    [InlineData("http://+")]
    [InlineData("5000")]
    [InlineData("localhost:5000")]
    [InlineData("http://+:0")]
    [InlineData("http://+:70000")]
    public void An_ASPNETCORE_URLS_entry_without_a_port_is_warning_SDB1063_and_exposes_nothing(string url)
    {
        var generated = Generated.For(Facts.Web() with { ContainerEnvironmentVariables = [Item("ASPNETCORE_URLS", ("Value", url + ";http://+:5000"))] });

        Assert.Equal("5000", Single(generated, "EXPOSE").Arguments);
        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1063", warning.Code);
        Assert.Contains($"'{url}'", warning.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("http")]
    [InlineData("80/tcp")]
    [InlineData("-1")]
    public void A_ContainerPort_that_is_not_a_port_number_is_SDB1023(string port)
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerPorts = [Item(port)] }, "SDB1023");

        Assert.Contains($"'{port}'", error.Message);
        Assert.Contains("1 to 65535", error.Message);
    }

    [Fact]
    public void A_port_in_ASPNETCORE_HTTP_PORTS_that_is_not_a_number_is_SDB1023_naming_the_variable()
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerEnvironmentVariables = [Item("ASPNETCORE_HTTP_PORTS", ("Value", "http"))] }, "SDB1023");

        Assert.Contains("ASPNETCORE_HTTP_PORTS", error.Message);
    }

    [Fact]
    public void A_ContainerPort_Type_other_than_tcp_or_udp_is_SDB1024()
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerPorts = [Item("8080", ("Type", "sctp"))] }, "SDB1024");

        Assert.Contains("'sctp'", error.Message);
        Assert.Contains("'tcp' or 'udp'", error.Message);
    }

    [Fact]
    public void Environment_variables_are_sorted_the_last_value_wins_and_docker_reads_them_back_exactly()
    {
        const string tricky = "a \"quoted\" $HOME `id` \\ value\twith tab";
        var generated = Generated.For(Facts.Web() with
        {
            ContainerEnvironmentVariables = [Item("Z_LAST", ("Value", "1")), Item("A_FIRST", ("Value", tricky)), Item("Z_LAST", ("Value", "2")), Item("EMPTY")],
        });

        var pairs = generated.Final.Where(i => i.Keyword == "ENV").SelectMany(DockerfileDocument.KeyValues).ToList();
        Assert.Equal([new("A_FIRST", tricky), new("EMPTY", ""), new("Z_LAST", "2")], pairs);
    }

    [Theory]
    [InlineData("1ABC")]
    [InlineData("MY-VAR")]
    [InlineData("MY VAR")]
    [InlineData("A=B")]
    public void An_invalid_environment_variable_name_is_SDB1025(string name)
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerEnvironmentVariables = [Item(name, ("Value", "x"))] }, "SDB1025");

        Assert.Contains($"ContainerEnvironmentVariable '{name}'", error.Message);
    }

    [Fact]
    public void Labels_are_sorted_and_docker_reads_them_back_exactly()
    {
        var generated = Generated.For(Facts.Web() with
        {
            ContainerLabels = [Item("org.opencontainers.image.title", ("Value", "My \"App\"")), Item("com.example/team", ("Value", "$team"))],
        });

        // After the SDK's defaults (those from build arguments are '${ARG}' on purpose), sorted.
        var pairs = generated.Final.Where(i => i.Keyword == "LABEL" && !i.Arguments.Contains("\"${", StringComparison.Ordinal)).SelectMany(DockerfileDocument.KeyValues).ToList();
        Assert.Equal([new("com.example/team", "$team"), new("org.opencontainers.image.title", "My \"App\"")], pairs[^2..]);
    }

    [Theory]
    [InlineData("-starts-with-dash")]
    [InlineData("has space")]
    [InlineData("quote\"")]
    public void An_invalid_label_key_is_SDB1026(string key)
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerLabels = [Item(key, ("Value", "x"))] }, "SDB1026");

        Assert.Contains($"ContainerLabel '{key}'", error.Message);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("bell\a")]
    public void A_value_with_a_line_break_is_SDB1027_for_env_and_labels(string value)
    {
        var env = Generated.SingleError(Facts.Web() with { ContainerEnvironmentVariables = [Item("A", ("Value", value))] }, "SDB1027");
        var label = Generated.SingleError(Facts.Web() with { ContainerLabels = [Item("a", ("Value", value))] }, "SDB1027");

        Assert.Contains("ContainerEnvironmentVariable 'A'", env.Message);
        Assert.Contains("ContainerLabel 'a'", label.Message);
        Assert.Contains("line break", label.Message);
    }

    [Fact]
    public void AppCommandArgs_follow_the_command_in_ENTRYPOINT_and_DefaultArgs_become_CMD()
    {
        var generated = Generated.For(Facts.Web() with
        {
            ContainerAppCommandArgs = ["--urls", "http://+:8080"],
            ContainerDefaultArgs = ["--greeting", "hello \"world\" $HOME"],
        });

        Assert.Equal(["dotnet", "/app/App.dll", "--urls", "http://+:8080"], Single(generated, "ENTRYPOINT").JsonArguments);
        Assert.Equal(["--greeting", "hello \"world\" $HOME"], Single(generated, "CMD").JsonArguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("'docker run app <arguments>' replaces them", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_settings_there_is_no_CMD_ENV_EXPOSE_or_USER_and_only_the_sdks_labels()
    {
        var generated = Generated.For(Facts.Console());

        Assert.DoesNotContain(generated.Final, i => i.Keyword is "CMD" or "ENV" or "EXPOSE" or "USER");
        Assert.All(generated.Final.Where(i => i.Keyword == "LABEL"), l => Assert.Matches("^(org\\.opencontainers|net\\.dot)\\.", l.Arguments));
    }

    [Fact]
    public void Several_wrong_settings_are_all_reported_in_one_run()
    {
        var plan = DockerfilePlanner.Plan(
            new GenerationOptions { OsPackages = "Bad" }.ApplyTo(Facts.Web() with { ContainerUser = "a b", ContainerPorts = [Item("x")], ContainerLabels = [Item("-")] }));

        Assert.Null(plan.Model);
        Assert.Equal(["SDB1022", "SDB1023", "SDB1026", "SDB1031"], plan.Diagnostics.Select(d => d.Code).Order());
    }
}

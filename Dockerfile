# One image per service: docker build --build-arg MODULE=ingest|enrich|notify .
# The build stage uses the Maven wrapper, so the image is built exactly as `./mvnw package` builds it.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY events/pom.xml events/
COPY broker/pom.xml broker/
COPY outbound/pom.xml outbound/
COPY ops/pom.xml ops/
COPY test-support/pom.xml test-support/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY notify/pom.xml notify/
COPY app/pom.xml app/
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=org.newsalert || true
COPY . .
RUN ./mvnw -B -q -DskipTests package -pl app -am

FROM eclipse-temurin:17-jre
ARG MODULE=ingest
ENV NEWSALERT_SERVICE=${MODULE}
RUN useradd --system --uid 10001 newsalert && mkdir -p /var/lib/newsalert && chown newsalert /var/lib/newsalert
COPY --from=build /src/app/target/newsalert.jar /opt/newsalert/newsalert.jar
COPY --from=build /src/app/target/lib/ /opt/newsalert/lib/
USER newsalert
WORKDIR /var/lib/newsalert
ENV NEWSALERT_STATE_DIR=/var/lib/newsalert
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/newsalert/newsalert.jar \"$NEWSALERT_SERVICE\" \"$@\"", "--"]

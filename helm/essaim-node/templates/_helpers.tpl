{{/* SPDX-License-Identifier: AGPL-3.0-or-later */}}

{{- define "essaim-node.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-based name of every object (63 characters at most, a DNS label). */}}
{{- define "essaim-node.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "essaim-node.selectorLabels" -}}
app.kubernetes.io/name: {{ include "essaim-node.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "essaim-node.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "essaim-node.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: {{ .Values.mode }}
{{- end }}

{{- define "essaim-node.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "essaim-node.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "essaim-node.cnpgCluster" -}}
{{- default (printf "%s-db" (include "essaim-node.fullname" .) | trunc 50 | trimSuffix "-") .Values.cnpg.clusterName }}
{{- end }}

{{/* JDBC URL: the CNPG read-write service, or the external URL. */}}
{{- define "essaim-node.dbUrl" -}}
{{- if .Values.cnpg.enabled }}
{{- printf "jdbc:postgresql://%s-rw:5432/%s" (include "essaim-node.cnpgCluster" .) .Values.cnpg.database }}
{{- else }}
{{- required "database.external.url is required unless cnpg.enabled" .Values.database.external.url }}
{{- end }}
{{- end }}

{{/* Secret with the database user and password: CNPG's <cluster>-app, or the external one. */}}
{{- define "essaim-node.dbSecret" -}}
{{- if .Values.cnpg.enabled }}
{{- printf "%s-app" (include "essaim-node.cnpgCluster" .) }}
{{- else }}
{{- required "database.external.existingSecret is required unless cnpg.enabled" .Values.database.external.existingSecret }}
{{- end }}
{{- end }}

{{/* MP Config key to the environment variable MicroProfile Config and Liberty look up. */}}
{{- define "essaim-node.envName" -}}
{{- regexReplaceAll "[^A-Za-z0-9]" . "_" | upper }}
{{- end }}

{{- define "essaim-node.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* Fails the render on settings that would break the node or leak a secret. */}}
{{- define "essaim-node.validate" -}}
{{- if not .Values.federation.keys.existingSecret }}
{{- fail "federation.keys.existingSecret is required: without it every pod would make itself a new federation identity (docs/operations.md, Federation identity)" }}
{{- end }}
{{- range $key, $value := .Values.config }}
{{- if regexMatch "(?i)(password|secret|token|\\.key$)" $key }}
{{- fail (printf "config.%s looks like a secret: pass it through a Secret (existingSecret values or extraEnv with secretKeyRef)" $key) }}
{{- end }}
{{- if has $key (list "essaim.node.mode" "essaim.base.url" "essaim.db.url" "essaim.db.user" "essaim.http.port" "essaim.data.dir" "essaim.federation.keys.dir") }}
{{- fail (printf "config.%s is set by the chart from its own values" $key) }}
{{- end }}
{{- end }}
{{- $base := urlParse (required "baseUrl is required: the node's public https:// address" .Values.baseUrl) }}
{{- if and .Values.ingress.enabled (ne (required "ingress.host is required when ingress.enabled" .Values.ingress.host) $base.host) }}
{{- fail (printf "ingress.host (%s) must be the host of baseUrl (%s): peers sign and verify against baseUrl" .Values.ingress.host $base.host) }}
{{- end }}
{{- end }}
